using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Schwab.Simulator;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// One install (<c>scripts/install.sh --root &lt;tmp&gt; --with-probe</c>) and one private systemd booted over it,
/// shared by every test of the <see cref="SystemdCollection"/>. Does nothing when <see cref="PrivateSystemd.SkipReason"/> says so.
/// </summary>
public sealed class SystemdFixture : IAsyncLifetime
{
    private readonly TempDirectory _staging = new();
    private PrivateSystemd? _systemd;
    private SchwabSimulator? _simulator;
    private SchwabSimulator? _fastSimulator;
    private Task? _login;

    /// <summary>Why these tests cannot run here, or null.</summary>
    public string? SkipReason { get; } = PrivateSystemd.SkipReason();

    public PrivateSystemd Systemd => _systemd ?? throw new InvalidOperationException("the private systemd was not booted: " + SkipReason);

    public string Staging => _staging.Path;

    /// <summary>The Schwab simulator (real clock, 127.0.0.1) the staged settings point MAIN_DATA at; units reach it on loopback.</summary>
    public SchwabSimulator Simulator => _simulator ?? throw new InvalidOperationException("not started: " + SkipReason);

    /// <summary>A second simulator with <see cref="TokensUnits.FastAccessLifetime"/> access tokens, for <see cref="TokensUnits.Fast"/>.</summary>
    public SchwabSimulator FastSimulator => _fastSimulator ?? throw new InvalidOperationException("not started: " + SkipReason);

    /// <summary>Logs MAIN_DATA in at <see cref="Simulator"/> with <c>schwabctl auth</c> inside the namespace, once for all tests.</summary>
    public Task LoginOnceAsync() => _login ??= SchwabctlAuth.LoginAsync(Systemd, Simulator);

    /// <summary>Starts <paramref name="unit"/> and waits for it to be active; a refused start fails the test with the unit's last journal lines.</summary>
    public async Task StartActiveAsync(string unit, TimeSpan timeout)
    {
        CommandResult start = await Systemd.StartUnitAsync(unit);
        if (start.ExitCode != 0)
        {
            CommandResult journal = await Systemd.JournalctlAsync("-u", unit, "-n", "30", "-o", "cat");
            Assert.Fail($"systemctl start {unit}: {start}\njournal:\n{journal.Stdout}");
        }

        await Systemd.WaitForStateAsync(unit, "active", timeout);
    }

    /// <summary>The staged path of a file the units see at <paramref name="pathInside"/> (under <c>/var/lib/schwab</c>).</summary>
    public string Staged(string pathInside) => Path.Combine(Staging, pathInside.TrimStart('/'));

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        // The first install publishes every executable (self-contained, ReadyToRun): minutes; later ones reuse it.
        using var timeout = new CancellationTokenSource(Repository.InstallTimeout);
        CommandResult install = await ProcessRunner.RunAsync("bash", Repository.InstallArguments(Staging, "--with-probe"), timeout.Token);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"install.sh failed:\n{install}");
        }

        // What an operator does after install: complete settings, then `schwabctl db migrate` (here on the staged file).
        // install.sh --root makes no token key (a key belongs to a host); the fixture makes one where the units' user reads it.
        string probeKey = Path.Combine(Staging, "var/lib/schwab/probe-token.key");
        File.WriteAllText(probeKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
        File.SetUnixFileMode(probeKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        _simulator = await SchwabSimulator.StartAsync(new SimulatorOptions(), timeout.Token);
        _fastSimulator = await SchwabSimulator.StartAsync(new SimulatorOptions { AccessTokenLifetime = TokensUnits.FastAccessLifetime }, timeout.Token);
        File.WriteAllText(
            Path.Combine(Staging, "etc/schwab/schwab.json"),
            DaemonSetup.Settings(
                "/var/lib/schwab/schwab.db", keyFile: "/var/lib/schwab/probe-token.key", baseUrl: Simulator.BaseUrl.ToString(),
                app: (Simulator.Options.ClientId, Simulator.Options.ClientSecret)));
        await DaemonSetup.PrepareDatabaseAsync(Path.Combine(Staging, "var/lib/schwab/schwab.db"), probeKey);
        await PrepareTokensDatabasesAsync(probeKey);
        // Test units go to /etc/systemd/system (the private systemd copies them to /run), beside the installed ones.
        Directory.CreateDirectory(Path.Combine(Staging, "etc/systemd/system"));
        ProbeUnits.WriteTo(Path.Combine(Staging, "etc/systemd/system"));
        TokensUnits.WriteTo(Path.Combine(Staging, "etc/systemd/system"), FastSimulator.BaseUrl);
        _systemd = await PrivateSystemd.BootAsync(Staging, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_systemd is not null)
        {
            await _systemd.DisposeAsync();
        }

        foreach (SchwabSimulator? simulator in new[] { _simulator, _fastSimulator })
        {
            if (simulator is not null)
            {
                await simulator.DisposeAsync();
            }
        }

        _staging.Dispose();
    }

    // The fast unit's own database; one whose schema is newer than this build; one never migrated.
    private async Task PrepareTokensDatabasesAsync(string key)
    {
        await DaemonSetup.PrepareDatabaseAsync(Staged(TokensUnits.FastDatabase), key);
        await DaemonSetup.PrepareDatabaseAsync(Staged(TokensUnits.NewerSchemaDatabase), key);
        await using (var connection = new SqliteConnection($"Data Source={Staged(TokensUnits.NewerSchemaDatabase)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using SqliteCommand bump = connection.CreateCommand();
            bump.CommandText = "INSERT INTO SCHWAB_SCHEMA_VERSION (version, name, applied_at) VALUES (999, '0999_future', '2026-01-01T00:00:00.0000000Z')";
            await bump.ExecuteNonQueryAsync();
        }

        await File.WriteAllBytesAsync(Staged(TokensUnits.EmptyDatabaseFile), []);
    }
}
