using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// <c>scripts/install.sh</c> onto <c>/</c> and <c>scripts/uninstall.sh --purge</c>, run as root inside a private systemd of
/// their own over an empty system (the host's /usr, /var and /etc stay as they are): the source install makes the same
/// user, files and key as the package's postinst, and its closing hint works as printed.
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed class InstallScriptUnderSystemdTests(SystemdFixture fixture)
{
    private const string PathVariable = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    [SkippableFact]
    public async Task InstallThenPurge_OntoRoot_MakesUserKeyAndUnitsThenRemovesThem()
    {
        // The fixture's install has published every executable; --no-build reuses that publish.
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        using var work = new TempDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using PrivateSystemd systemd = await PrivateSystemd.BootForPackageAsync(work.Path, package: null, timeout.Token, Repository.Root);

        CommandResult install = await systemd.RunAsync(["env", PathVariable, "bash", PrivateSystemd.SourcePath + "/scripts/install.sh", "--no-build", .. Repository.PublishArguments()]);

        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("generated /etc/schwab/token.key", install.Stdout, StringComparison.Ordinal);
        Assert.Contains("sudo systemctl enable --now schwab.target schwab-health.timer", install.Stdout, StringComparison.Ordinal);
        await Ok(systemd, "getent", "passwd", "schwab");
        Assert.Equal("640 root:schwab", await Ok(systemd, "stat", "-c", "%a %U:%G", "/etc/schwab/token.key"));
        Assert.Equal("640 root:schwab", await Ok(systemd, "stat", "-c", "%a %U:%G", "/etc/schwab/schwab.env"));
        Assert.Equal("loaded", await systemd.PropertyAsync("schwab-tokens.service", "LoadState"));

        // The hint's second step, as printed: schwabctl on PATH, run as the schwab user, finds /etc/schwab/schwab.json.
        if (ProcessRunner.Which("sudo") is not null)
        {
            await Ok(systemd, "sudo", "-u", "schwab", "schwabctl", "db", "migrate");
            Assert.Equal("schwab:schwab", await Ok(systemd, "stat", "-c", "%U:%G", "/var/lib/schwab/schwab.db"));
            await Ok(systemd, "sudo", "-u", "schwab", "schwabctl", "db", "status");
        }

        CommandResult purge = await systemd.RunAsync("env", PathVariable, "bash", PrivateSystemd.SourcePath + "/scripts/uninstall.sh", "--purge");

        Assert.True(purge.ExitCode == 0, purge.ToString());
        foreach (string gone in new[] { "/opt/schwab", "/usr/bin/schwabctl", "/etc/schwab", "/var/lib/schwab", "/lib/systemd/system/schwab.target" })
        {
            Assert.NotEqual(0, (await systemd.RunAsync("test", "-e", gone)).ExitCode);
        }

        Assert.NotEqual(0, (await systemd.RunAsync("getent", "passwd", "schwab")).ExitCode);
    }

    private static async Task<string> Ok(PrivateSystemd systemd, params string[] command)
    {
        CommandResult result = await systemd.RunAsync(["env", PathVariable, .. command]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: {result}");
        return result.Stdout.Trim();
    }
}
