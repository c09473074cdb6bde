namespace Schwab.Daemons.Tokens;

/// <summary>What the daemon last reported for one app, so each change is logged once rather than every tick.</summary>
internal enum AppTokenState
{
    Unknown,
    Healthy,
    Missing,
    ReauthenticationRequired,
}
