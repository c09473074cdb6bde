namespace Schwab.Core.Api.Streaming;

/// <summary>Streamer command names (schwab-api.md §4.2).</summary>
internal static class StreamerCommands
{
    public const string Login = "LOGIN";
    public const string Logout = "LOGOUT";
    public const string Subs = "SUBS";
    public const string Add = "ADD";
    public const string Unsubs = "UNSUBS";
    public const string View = "VIEW";
}
