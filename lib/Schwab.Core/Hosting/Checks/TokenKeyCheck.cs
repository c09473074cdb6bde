using Microsoft.Extensions.Options;
using Schwab.Core.Security;

namespace Schwab.Core.Hosting.Checks;

/// <summary>The token-encryption key can be loaded, and its file is readable by its owner and group only (root:schwab 0640).</summary>
internal sealed class TokenKeyCheck(IOptions<TokenKeyOptions> options, Func<string, string?>? environment = null) : IPrerequisiteCheck
{
    private const UnixFileMode TooOpen =
        UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        Func<string, string?> env = environment ?? Environment.GetEnvironmentVariable;
        var results = new List<CheckResult>();
        try
        {
            byte[] key = TokenKey.Load(options.Value, env);
            Array.Clear(key);
            results.Add(CheckResult.Ok("token-key", "loaded"));
        }
        catch (TokenKeyException ex)
        {
            results.Add(CheckResult.Failed("token-key", ex.Message + " (create one with 'schwabctl key create --path FILE')"));
        }

        string? file = options.Value.KeyFile;
        if (!string.IsNullOrWhiteSpace(file) && File.Exists(file) && !OperatingSystem.IsWindows()
            && (File.GetUnixFileMode(file) & TooOpen) != 0)
        {
            results.Add(CheckResult.Warning("token-key", $"'{Path.GetFullPath(file)}' is open to others: chmod 640 it (root:schwab)"));
        }

        return Task.FromResult<IReadOnlyList<CheckResult>>(results);
    }
}
