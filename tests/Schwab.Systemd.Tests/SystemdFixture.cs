using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// One install (<c>scripts/install.sh --root &lt;tmp&gt; --with-probe --no-build</c>) and one private systemd booted over it,
/// shared by every test of the <see cref="SystemdCollection"/>. Does nothing when <see cref="PrivateSystemd.SkipReason"/> says so.
/// </summary>
public sealed class SystemdFixture : IAsyncLifetime
{
    private readonly TempDirectory _staging = new();
    private PrivateSystemd? _systemd;

    /// <summary>Why these tests cannot run here, or null.</summary>
    public string? SkipReason { get; } = PrivateSystemd.SkipReason();

    public PrivateSystemd Systemd => _systemd ?? throw new InvalidOperationException("the private systemd was not booted: " + SkipReason);

    public string Staging => _staging.Path;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        CommandResult install = await ProcessRunner.RunAsync(
            "bash",
            [Repository.PathOf("scripts/install.sh"), "--root", Staging, "--with-probe", "--no-build", "--configuration", Repository.Configuration],
            timeout.Token);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"install.sh failed (build the solution in {Repository.Configuration} first):\n{install}");
        }

        // What an operator does after install: complete settings, then `schwabctl db migrate` (here on the staged file).
        // The key also goes where the units' user can read it: under this private systemd, LoadCredential= leaves
        // $CREDENTIALS_DIRECTORY root-only (0700 root), so the credential path cannot be what the probe relies on here.
        string probeKey = Path.Combine(Staging, "var/lib/schwab/probe-token.key");
        File.Copy(Path.Combine(Staging, "etc/schwab/token.key"), probeKey);
        File.SetUnixFileMode(probeKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(
            Path.Combine(Staging, "etc/schwab/schwab.json"),
            DaemonSetup.Settings("/var/lib/schwab/schwab.db", keyFile: "/var/lib/schwab/probe-token.key"));
        await DaemonSetup.PrepareDatabaseAsync(Path.Combine(Staging, "var/lib/schwab/schwab.db"), probeKey);
        ProbeUnits.WriteTo(Path.Combine(Staging, "etc/systemd/system"));
        _systemd = await PrivateSystemd.BootAsync(Staging, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_systemd is not null)
        {
            await _systemd.DisposeAsync();
        }

        _staging.Dispose();
    }
}
