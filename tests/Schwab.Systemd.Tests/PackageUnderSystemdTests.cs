using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// The .deb installed, reinstalled, removed and purged with dpkg inside a private systemd of its own (empty /opt, /usr
/// and /var overlays, a private /etc): postinst's adduser, key and daemon-reload act on the namespace only.
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed class PackageUnderSystemdTests
{
    [SkippableFact]
    public async Task Dpkg_InstallUpgradeRemovePurge_KeepsHostFilesUntilPurged()
    {
        string? reason = PrivateSystemd.SkipReason();
        Skip.If(reason is not null, reason);
        Skip.If(ProcessRunner.Which("dpkg-deb") is null, "needs dpkg-deb");
        string deb = await DebianPackage.PathAsync();
        using var work = new TempDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using PrivateSystemd systemd = await PrivateSystemd.BootForPackageAsync(work.Path, deb, timeout.Token);

        CommandResult install = await Dpkg(systemd, "-i", PrivateSystemd.PackagePath);

        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("generated /etc/schwab/token.key", install.Stdout, StringComparison.Ordinal);
        Assert.Contains("sudo -u schwab schwabctl db migrate", install.Stdout, StringComparison.Ordinal);
        Assert.Equal("schwab:/var/lib/schwab:/usr/sbin/nologin", Fields(await Ok(systemd, "getent", "passwd", "schwab"), 0, 5, 6));
        Assert.Equal("750 root:schwab", await Ok(systemd, "stat", "-c", "%a %U:%G", "/etc/schwab"));
        Assert.Equal("750 schwab:schwab", await Ok(systemd, "stat", "-c", "%a %U:%G", "/var/lib/schwab"));
        foreach (string file in new[] { "schwab.json", "schwab.env", "token.key" })
        {
            Assert.Equal("640 root:schwab", await Ok(systemd, "stat", "-c", "%a %U:%G", "/etc/schwab/" + file));
        }

        // The key: made on this host, readable by the schwab user, and no file of the package.
        string key = await Ok(systemd, "setpriv", "--reuid=schwab", "--regid=schwab", "--init-groups", "cat", "/etc/schwab/token.key");
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.DoesNotContain("/etc/", await Ok(systemd, "dpkg", "-L", "schwab-pipeline"), StringComparison.Ordinal);
        Assert.Contains("Create or upgrade the schema", await Ok(systemd, "schwabctl", "db", "--help"), StringComparison.Ordinal);
        Assert.Contains(
            "/systemd/system/schwab-.service.d/10-hardening.conf", await systemd.PropertyAsync("schwab-tokens.service", "DropInPaths"), StringComparison.Ordinal);

        // The README's enable line enables everything; disabling one leaves it out of the target.
        await Ok(systemd, "systemctl", "enable", "schwab.target", "schwab-health.timer");
        foreach (string unit in Installed.Daemons.Select(d => d + ".service").Append("schwab-health.timer"))
        {
            Assert.Equal("enabled", (await systemd.SystemctlAsync("is-enabled", unit)).Stdout.Trim());
        }

        await Ok(systemd, "systemctl", "disable", "schwab-balances.service");
        string wants = await systemd.PropertyAsync("schwab.target", "Wants");
        Assert.DoesNotContain("schwab-balances.service", wants, StringComparison.Ordinal);
        Assert.All(Installed.Daemons.Where(d => d != "schwab-balances"), d => Assert.Contains(d + ".service", wants, StringComparison.Ordinal));

        // Upgrade (the same package again): settings, secrets and key stay, and it says what the schema needs.
        await Ok(systemd, "sh", "-c", "echo Alerts__Password=kept >>/etc/schwab/schwab.env");
        CommandResult upgrade = await Dpkg(systemd, "-i", PrivateSystemd.PackagePath);
        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Contains("database: ", upgrade.Stdout, StringComparison.Ordinal);
        Assert.Equal(key, await Ok(systemd, "cat", "/etc/schwab/token.key"));
        Assert.Contains("Alerts__Password=kept", await Ok(systemd, "cat", "/etc/schwab/schwab.env"), StringComparison.Ordinal);

        CommandResult remove = await Dpkg(systemd, "--remove", "schwab-pipeline");
        Assert.True(remove.ExitCode == 0, remove.ToString());
        Assert.NotEqual(0, (await systemd.RunAsync("test", "-e", "/opt/schwab/lib/schwabctl")).ExitCode);
        Assert.NotEqual(0, (await systemd.RunAsync("test", "-e", "/usr/bin/schwabctl")).ExitCode);
        Assert.Equal(key, await Ok(systemd, "cat", "/etc/schwab/token.key"));
        await Ok(systemd, "test", "-d", "/var/lib/schwab");
        await Ok(systemd, "getent", "passwd", "schwab");

        CommandResult purge = await Dpkg(systemd, "--purge", "schwab-pipeline");
        Assert.True(purge.ExitCode == 0, purge.ToString());
        Assert.NotEqual(0, (await systemd.RunAsync("test", "-e", "/etc/schwab")).ExitCode);
        Assert.NotEqual(0, (await systemd.RunAsync("test", "-e", "/var/lib/schwab")).ExitCode);
        Assert.NotEqual(0, (await systemd.RunAsync("getent", "passwd", "schwab")).ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(work.Path, ".ns", "opt")));
    }

    private static Task<CommandResult> Dpkg(PrivateSystemd systemd, params string[] arguments) =>
        systemd.RunAsync(["env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "dpkg", .. arguments]);

    // Runs a command inside and returns its trimmed stdout; a non-zero exit fails the test.
    private static async Task<string> Ok(PrivateSystemd systemd, params string[] command)
    {
        CommandResult result = await systemd.RunAsync(["env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", .. command]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: {result}");
        return result.Stdout.Trim();
    }

    private static string Fields(string line, params int[] indexes) => string.Join(':', indexes.Select(i => line.Split(':')[i]));
}
