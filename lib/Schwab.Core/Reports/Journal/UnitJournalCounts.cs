namespace Schwab.Core.Reports.Journal;

/// <summary>What one unit's journal says about the reported window.</summary>
/// <param name="Unit">The systemd unit (<c>schwab-tokens.service</c>).</param>
/// <param name="Starts">Times the daemon started: our EventId 1004 lines, or systemd's "Started" messages when more.</param>
/// <param name="RestartsScheduled">systemd's "Scheduled restart job" messages (<c>Restart=on-failure</c> at work).</param>
/// <param name="Errors">Entries at priority error or worse (<c>PRIORITY</c> ≤ 3), systemd's included.</param>
/// <param name="RateLimited">HTTP 429s logged by the REST client (EventId 1300, text "429 rate limited").</param>
/// <param name="TokenRefreshes">Access-token refreshes by schwab-tokens (EventId 2000).</param>
/// <param name="TokenRefreshFailures">Refreshes that failed (EventIds 2002 re-authentication required, 2003 retrying).</param>
internal sealed record UnitJournalCounts(
    string Unit, int Starts, int RestartsScheduled, int Errors, int RateLimited, int TokenRefreshes, int TokenRefreshFailures);
