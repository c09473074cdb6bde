using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary>The secrets file <c>schwab.env</c> beside the settings file is readable by its owner and group only (root:schwab 0640).</summary>
internal sealed class SecretsFileCheck(string? path) : IPrerequisiteCheck
{
    private const UnixFileMode TooOpen =
        UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<CheckResult> results = path is null || !File.Exists(path)
            ? []
            : (File.GetUnixFileMode(path) & TooOpen) != 0
                ? [CheckResult.Warning("secrets-file", $"'{path}' is open to others: chmod 640 it, root:schwab (it holds the client secrets)")]
                : [CheckResult.Ok("secrets-file", $"'{path}' is readable by its owner and group only")];
        return Task.FromResult(results);
    }
}
