using System.Text.Json;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// <c>scripts/install.sh --root</c> and <c>scripts/uninstall.sh --root</c> on a temporary folder (no root needed). In the
/// systemd collection only so their publishing never runs beside the fixture's.
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed class InstallScriptTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private async Task<CommandResult> InstallAsync(params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(Repository.InstallTimeout);
        CommandResult result = await ProcessRunner.RunAsync("bash", Repository.InstallArguments(_root.Path, arguments), timeout.Token);
        Assert.True(result.ExitCode == 0, $"install.sh failed: {result}");
        return result;
    }

    private async Task<CommandResult> UninstallAsync(params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        CommandResult result = await ProcessRunner.RunAsync(
            "bash", [Repository.PathOf("scripts/uninstall.sh"), "--root", _root.Path, .. arguments], timeout.Token);
        Assert.True(result.ExitCode == 0, $"uninstall.sh failed: {result}");
        return result;
    }

    private string Under(string path) => Path.Combine(_root.Path, path);

    [Fact]
    public async Task Install_Root_LaysOutOneSharedRuntimeLinksUnitsAndNoKey()
    {
        await InstallAsync();

        Assert.Equal(["bin", "lib"], Directory.GetDirectories(Under("opt/schwab")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string name in Installed.Executables)
        {
            Assert.Equal($"../lib/{name}", new FileInfo(Under($"opt/schwab/bin/{name}")).LinkTarget);
            Assert.True(File.GetUnixFileMode(Under($"opt/schwab/lib/{name}")).HasFlag(UnixFileMode.UserExecute), name);
        }

        Assert.True(File.Exists(Under("opt/schwab/lib/libcoreclr.so")), "the runtime is in the shared folder");
        Assert.Equal("/opt/schwab/bin/schwabctl", new FileInfo(Under("usr/bin/schwabctl")).LinkTarget);
        Assert.Contains("schwabctl db migrate", File.ReadAllText(Under("usr/share/doc/schwab-pipeline/schwabctl.txt")), StringComparison.Ordinal);
        Assert.True(File.Exists(Under("usr/share/doc/schwab-pipeline/README.md")));

        UnixFileMode groupReadable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        Assert.Equal(groupReadable, File.GetUnixFileMode(Under("etc/schwab/schwab.env")));
        Assert.Equal(groupReadable, File.GetUnixFileMode(Under("etc/schwab/schwab.json")));
        Assert.False(File.Exists(Under("etc/schwab/token.key")), "a key belongs to a host: none is made in a staging tree");
        using (JsonDocument settings = JsonDocument.Parse(File.ReadAllText(Under("etc/schwab/schwab.json"))))
        {
            Assert.Equal("Sqlite", settings.RootElement.GetProperty("Database").GetProperty("Provider").GetString());
        }

        foreach (string unit in Directory.GetFiles(Repository.PathOf("systemd"), "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Repository.PathOf("systemd"), unit);
            Assert.Equal(File.ReadAllText(unit), File.ReadAllText(Under("lib/systemd/system/" + relative)));
        }

        Assert.False(Directory.Exists(Under("etc/systemd/system")), "units go to /lib/systemd/system; /etc/systemd/system is the admin's");
        Assert.False(File.Exists(Under("opt/schwab/lib/schwab-probe")), "the test probe is installed only with --with-probe");
    }

    [Fact]
    public async Task Install_Twice_KeepsTheOperatorsSettingsAndLoopbackOnlyReplacesTheNetworkDropIn()
    {
        await InstallAsync("--loopback-only");
        File.WriteAllText(Under("etc/schwab/schwab.json"), "{ \"edited\": true }");
        File.WriteAllText(Under("etc/schwab/schwab.env"), "Alerts__Password=kept\n");

        await InstallAsync("--loopback-only");

        Assert.Equal("{ \"edited\": true }", File.ReadAllText(Under("etc/schwab/schwab.json")));
        Assert.Equal("Alerts__Password=kept\n", File.ReadAllText(Under("etc/schwab/schwab.env")));
        string overrideFile = Under("etc/systemd/system/schwab-.service.d/50-network.conf");
        Assert.Empty(UnitFile.Load(overrideFile).Keys("Service"));

        await InstallAsync();

        Assert.False(File.Exists(overrideFile), "without --loopback-only the shipped network opening applies again");
    }

    [Fact]
    public async Task Install_OverTheFolderPerExecutableLayout_RemovesItsFoldersAndShadowingUnits()
    {
        Directory.CreateDirectory(Under("opt/schwab/schwabctl"));
        Directory.CreateDirectory(Under("etc/systemd/system/schwab-tokens.service.d"));
        File.WriteAllText(Under("etc/systemd/system/schwab-tokens.service"), "[Service]\nEnvironmentFile=-/etc/schwab/schwab.env\n");
        File.WriteAllText(Under("etc/systemd/system/schwab-tokens.service.d/schwab-network.conf"), "[Service]\nIPAddressDeny=\n");

        await InstallAsync();

        Assert.False(Directory.Exists(Under("opt/schwab/schwabctl")));
        Assert.Empty(Directory.GetFileSystemEntries(Under("etc/systemd/system")));
    }

    [Fact]
    public async Task Uninstall_WithoutAndWithPurge_KeepsSettingsAndDataUntilPurged()
    {
        await InstallAsync("--loopback-only");
        File.WriteAllText(Under("var/lib/schwab/schwab.db"), "rows");

        await UninstallAsync();

        Assert.False(Directory.Exists(Under("opt/schwab")));
        Assert.Empty(Directory.GetFileSystemEntries(Under("lib/systemd/system")));
        Assert.Empty(Directory.GetFileSystemEntries(Under("etc/systemd/system")));
        Assert.False(File.Exists(Under("usr/bin/schwabctl")) || new FileInfo(Under("usr/bin/schwabctl")).LinkTarget is not null);
        Assert.Equal("rows", File.ReadAllText(Under("var/lib/schwab/schwab.db")));
        Assert.True(File.Exists(Under("etc/schwab/schwab.env")));

        await UninstallAsync("--purge");

        Assert.False(Directory.Exists(Under("var/lib/schwab")));
        Assert.False(Directory.Exists(Under("etc/schwab")));
    }
}
