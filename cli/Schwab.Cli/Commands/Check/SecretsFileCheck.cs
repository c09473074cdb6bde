using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary>The secrets file (<c>/etc/schwab/schwab.env</c>, or <c>$SCHWAB_ENV_FILE</c>) is readable by its owner only.</summary>
internal sealed class SecretsFileCheck(Func<string, string?>? environment = null) : IPrerequisiteCheck
{
    public const string DefaultPath = "/etc/schwab/schwab.env";

    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        string path = (environment ?? Environment.GetEnvironmentVariable)("SCHWAB_ENV_FILE") is { Length: > 0 } configured ? configured : DefaultPath;
        IReadOnlyList<CheckResult> results = !File.Exists(path)
            ? []
            : (File.GetUnixFileMode(path) & GroupOrOther) != 0
                ? [CheckResult.Warning("secrets-file", $"'{path}' is readable by others: chmod 600 it (it holds the client secrets)")]
                : [CheckResult.Ok("secrets-file", $"'{path}' is readable by its owner only")];
        return Task.FromResult(results);
    }
}
