using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The .deb from <c>scripts/package.sh</c>, built once per test run (the publish it packs is cached by stage.sh).</summary>
internal static class DebianPackage
{
    private static readonly Lazy<Task<string>> s_path = new(BuildAsync);

    /// <summary>The package's path; the first call builds it.</summary>
    public static Task<string> PathAsync() => s_path.Value;

    /// <summary><c>dpkg-deb ARGS</c> on the host.</summary>
    public static async Task<CommandResult> DpkgDebAsync(params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await ProcessRunner.RunAsync("dpkg-deb", arguments, timeout.Token);
    }

    private static async Task<string> BuildAsync()
    {
        using var timeout = new CancellationTokenSource(Repository.InstallTimeout);
        CommandResult build = await ProcessRunner.RunAsync(
            "bash", [Repository.PathOf("scripts/package.sh"), "--configuration", Repository.Configuration], timeout.Token);
        string path = build.Stdout.Trim();
        if (build.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException($"package.sh failed:\n{build}");
        }

        return path;
    }
}
