namespace Schwab.Core.Domain;

/// <summary>The user preference: streamer info, linked accounts and entitlements.</summary>
public sealed record UserPreference
{
    /// <summary>Gets the streamer info, or null when Schwab sent none.</summary>
    public StreamerInfo? StreamerInfo { get; init; }

    /// <summary>Gets the linked accounts' display settings.</summary>
    public IReadOnlyList<PreferenceAccount> Accounts { get; init; } = [];

    /// <summary>Gets the market-data entitlement: <c>NP</c>, <c>PN</c> or <c>PP</c>.</summary>
    public string? MarketDataPermission { get; init; }

    /// <summary>Gets a value indicating whether level-2 data is permitted.</summary>
    public bool? Level2Permissions { get; init; }
}
