namespace Schwab.Core.Domain;

/// <summary>One linked account's display settings from the user preference; <see cref="ToString"/> masks the number.</summary>
public sealed record PreferenceAccount
{
    /// <summary>Gets the plain account number (secret: never log it).</summary>
    public string AccountNumber { get; init; } = "";

    /// <summary>Gets the nickname.</summary>
    public string? NickName { get; init; }

    /// <summary>Gets the display id, e.g. <c>...678</c>.</summary>
    public string? DisplayAccountId { get; init; }

    /// <summary>Gets a value indicating whether this is the primary account.</summary>
    public bool? PrimaryAccount { get; init; }

    /// <summary>Gets the account type, e.g. <c>BROKERAGE</c>.</summary>
    public string? Type { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{DisplayAccountId} {NickName}";
}
