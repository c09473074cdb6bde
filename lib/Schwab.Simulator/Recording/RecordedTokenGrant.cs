namespace Schwab.Simulator.Recording;

/// <summary>One call to <c>POST /v1/oauth/token</c>.</summary>
/// <param name="Kind">Grant type.</param>
/// <param name="Time">Simulator time of the call.</param>
/// <param name="ClientId">The app that called (from the Basic header; empty when it was missing).</param>
/// <param name="Succeeded">True when tokens were issued.</param>
/// <param name="Error">The OAuth error code when refused, else null.</param>
public sealed record RecordedTokenGrant(TokenGrantKind Kind, DateTimeOffset Time, string ClientId, bool Succeeded, string? Error);
