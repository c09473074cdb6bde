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

    private async Task<CommandResult> ScriptAsync(string script, params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        CommandResult result = await ProcessRunner.RunAsync(
            "bash", [Repository.PathOf("scripts/" + script), "--root", _root.Path, .. arguments], timeout.Token);
        Assert.True(result.ExitCode == 0, $"{script} failed: {result}");
        return result;
    }

    private string Under(string path) => Path.Combine(_root.Path, path);

    [Fact]
    public async Task Install_Root_LaysOutExecutablesConfigKeyAndUnits()
    {
        await ScriptAsync("install.sh", "--no-build", "--configuration", Repository.Configuration);

        string schwabctl = Under("opt/schwab/bin/schwabctl");
        Assert.Equal("../schwabctl/schwabctl", new FileInfo(schwabctl).LinkTarget);
        Assert.True(File.GetUnixFileMode(Under("opt/schwab/schwabctl/schwabctl")).HasFlag(UnixFileMode.UserExecute));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Under("etc/schwab/schwab.env")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Under("etc/schwab/token.key")));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(Under("etc/schwab/token.key")).Trim()).Length);
        using (JsonDocument settings = JsonDocument.Parse(File.ReadAllText(Under("etc/schwab/schwab.json"))))
        {
            Assert.Equal("Sqlite", settings.RootElement.GetProperty("Database").GetProperty("Provider").GetString());
        }

        foreach (string unit in Directory.GetFiles(Repository.PathOf("systemd"), "*.service").Select(p => Path.GetFileName(p)))
        {
            Assert.Equal(File.ReadAllText(Repository.PathOf("systemd/" + unit)), File.ReadAllText(Under("etc/systemd/system/" + unit)));
            Assert.True(File.Exists(Under($"etc/systemd/system/{unit}.d/schwab-network.conf")), $"{unit} has no network drop-in");
        }

        Assert.True(File.Exists(Under("etc/systemd/system/schwab.target")));
        Assert.True(File.Exists(Under("etc/systemd/system/schwab-health.timer")));
        Assert.False(Directory.Exists(Under("opt/schwab/schwab-probe")), "the test probe is installed only with --with-probe");
    }

    [Fact]
    public async Task Install_Twice_KeepsTheKeyAndTheOperatorsSettings()
    {
        await ScriptAsync("install.sh", "--no-build", "--configuration", Repository.Configuration, "--loopback-only");
        string key = File.ReadAllText(Under("etc/schwab/token.key"));
        File.WriteAllText(Under("etc/schwab/schwab.json"), "{ \"edited\": true }");

        await ScriptAsync("install.sh", "--no-build", "--configuration", Repository.Configuration, "--loopback-only");

        Assert.Equal(key, File.ReadAllText(Under("etc/schwab/token.key")));
        Assert.Equal("{ \"edited\": true }", File.ReadAllText(Under("etc/schwab/schwab.json")));
        Assert.False(Directory.Exists(Under("etc/systemd/system/schwab-tokens.service.d")), "--loopback-only installs no network drop-in");
    }

    [Fact]
    public async Task Uninstall_WithoutAndWithPurge_KeepsDataUntilPurged()
    {
        await ScriptAsync("install.sh", "--no-build", "--configuration", Repository.Configuration);
        File.WriteAllText(Under("var/lib/schwab/schwab.db"), "rows");

        await ScriptAsync("uninstall.sh");

        Assert.False(Directory.Exists(Under("opt/schwab")));
        Assert.Empty(Directory.GetFileSystemEntries(Under("etc/systemd/system")));
        Assert.Equal("rows", File.ReadAllText(Under("var/lib/schwab/schwab.db")));
        Assert.True(File.Exists(Under("etc/schwab/token.key")));

        await ScriptAsync("uninstall.sh", "--purge");

        Assert.False(Directory.Exists(Under("var/lib/schwab")));
        Assert.False(Directory.Exists(Under("etc/schwab")));
    }
}
