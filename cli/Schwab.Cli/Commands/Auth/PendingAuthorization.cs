using System.Security.Cryptography;

namespace Schwab.Cli.Commands.Auth;

/// <summary>
/// The OAuth <c>state</c> of an authorization started with <c>auth --print-url</c> and finished later with
/// <c>auth --redirect-url</c> (two commands, e.g. over SSH): kept in a 0600 file of this user's, valid 15 minutes.
/// </summary>
internal static class PendingAuthorization
{
    private static readonly TimeSpan s_lifetime = TimeSpan.FromMinutes(15);

    public static string NewState() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static void Save(string apiName, string state)
    {
        string path = PathFor(apiName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(path, state);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>The saved state, or null when none is pending (or it is older than 15 minutes).</summary>
    public static string? Take(string apiName, TimeProvider time)
    {
        string path = PathFor(apiName);
        if (!File.Exists(path))
        {
            return null;
        }

        bool fresh = time.GetUtcNow() - new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) <= s_lifetime;
        string state = File.ReadAllText(path).Trim();
        File.Delete(path);
        return fresh ? state : null;
    }

    private static string PathFor(string apiName)
    {
        string root = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime
            ? runtime
            : Path.Combine(Path.GetTempPath(), $"schwabctl-{Environment.UserName}");
        return Path.Combine(root, "schwabctl", $"auth-{apiName}.state");
    }
}
