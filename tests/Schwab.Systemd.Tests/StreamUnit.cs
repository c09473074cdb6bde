using System.Globalization;
using Microsoft.Data.Sqlite;
using Schwab.Simulator;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// The installed <c>schwab-stream.service</c>, unchanged, pointed by a runtime drop-in at a simulator of its own whose
/// demo calendar has the session open now (what <c>schwabctl simulate --demo-calendar</c> serves), with its own SQLite
/// file (logged in, market hours stored as <c>schwab-markethours</c> would); the spill file is the installed default, emptied
/// before each test. Disposing stops the unit and removes the drop-in.
/// </summary>
internal sealed class StreamUnit : IAsyncDisposable
{
    public const string Name = "schwab-stream.service";
    private const string DropInFolder = "run/systemd/system/schwab-stream.service.d";
    private const string DropInName = "zz-stream-test.conf";

    // The installed default: Stream:SpillDirectory "spill" under the unit's StateDirectory.
    private const string SpillFolder = "/var/lib/schwab/spill";

    private StreamUnit(PrivateSystemd systemd, SchwabSimulator simulator, string database, string stagedDatabase, string stagedSpillFolder)
    {
        Systemd = systemd;
        Simulator = simulator;
        Database = database;
        StagedDatabase = stagedDatabase;
        StagedSpillFile = Path.Combine(stagedSpillFolder, "stream.spill");
    }

    public PrivateSystemd Systemd { get; }

    public SchwabSimulator Simulator { get; }

    /// <summary>The database path the unit sees.</summary>
    public string Database { get; }

    /// <summary>The database file as this process reaches it.</summary>
    public string StagedDatabase { get; }

    /// <summary>The spill file (the installed default, <c>/var/lib/schwab/spill/stream.spill</c>) as this process reaches it.</summary>
    public string StagedSpillFile { get; }

    /// <summary>Prepares everything and loads the drop-in (the unit is not started).</summary>
    /// <param name="name">A short name for this test's files.</param>
    /// <param name="lockTimeout">The unit's <c>Database:BusyTimeout</c> and <c>CommandTimeout</c> (default: the installed settings').</param>
    /// <param name="batchWindow">The unit's <c>Stream:BatchWindow</c> (default: the installed setting).</param>
    public static async Task<StreamUnit> PrepareAsync(SystemdFixture fixture, string name, TimeSpan? lockTimeout = null, TimeSpan? batchWindow = null)
    {
        PrivateSystemd systemd = fixture.Systemd;
        await fixture.LoginOnceAsync(); // schwab-tokens, which the unit Wants=, runs healthy against the fixture's simulator
        SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { DemoCalendar = true, Seed = 11 });
        string database = $"/var/lib/schwab/stream-{name}.db";
        var unit = new StreamUnit(systemd, simulator, database, fixture.Staged(database), fixture.Staged(SpillFolder));
        try
        {
            // Each test starts without an earlier test's spill file (its rows belong to another database).
            if (Directory.Exists(fixture.Staged(SpillFolder)))
            {
                Directory.Delete(fixture.Staged(SpillFolder), recursive: true);
            }

            string key = fixture.Staged("/var/lib/schwab/probe-token.key");
            await DaemonSetup.PrepareDatabaseAsync(unit.StagedDatabase, keyFile: null);
            await SimulatorLogin.LoginAsync(simulator, unit.StagedDatabase, key);
            int hours = await SimulatorMarketHours.StoreAsync(simulator, unit.StagedDatabase, key);
            Assert.True(hours > 0, "the simulator served no market hours");
            SqliteConnection.ClearAllPools();
            await GiveToUnitUserAsync(systemd, Directory.GetFiles(Path.GetDirectoryName(unit.StagedDatabase)!, Path.GetFileName(unit.StagedDatabase) + "*"));
            await unit.WriteDropInAsync(lockTimeout, batchWindow);
            return unit;
        }
        catch
        {
            await unit.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the unit and waits for <c>active</c>; fails with the journal when the start job fails.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        CommandResult start = await Systemd.StartUnitAsync(Name);
        if (start.ExitCode != 0)
        {
            CommandResult journal = await Systemd.JournalctlAsync("-u", Name, "-n", "40", "-o", "cat");
            Assert.Fail($"systemctl start {Name}: {start}\njournal:\n{journal.Stdout}");
        }

        await Systemd.WaitForStateAsync(Name, "active", timeout);
    }

    /// <summary>The journal of this unit since the test began, for failure messages.</summary>
    public async Task<string> JournalAsync() => (await Systemd.JournalctlAsync("-u", Name, "-n", "60", "-o", "cat")).Stdout;

    public async ValueTask DisposeAsync()
    {
        await Systemd.SystemctlAsync("stop", Name);
        await Systemd.SystemctlAsync("reset-failed", Name);
        File.Delete(Path.Combine(NamespaceRoot(Systemd), DropInFolder, DropInName));
        await Systemd.SystemctlAsync("daemon-reload");
        await Simulator.DisposeAsync();
    }

    private static string NamespaceRoot(PrivateSystemd systemd) => string.Create(CultureInfo.InvariantCulture, $"/proc/{systemd.Pid}/root");

    // Runtime drop-in (what `systemctl edit --runtime` writes): the installed unit and its network drop-in stay as they are.
    private async Task WriteDropInAsync(TimeSpan? lockTimeout, TimeSpan? batchWindow)
    {
        string folder = Path.Combine(NamespaceRoot(Systemd), DropInFolder);
        Directory.CreateDirectory(folder);
        var environment = new List<string>
        {
            $"Schwab__Apps__MAIN_DATA__BaseUrl={Simulator.BaseUrl}",
            $"Database__ConnectionString=Data Source={Database}",
        };
        if (lockTimeout is { } t)
        {
            string value = t.ToString("c", CultureInfo.InvariantCulture);
            environment.Add("Database__BusyTimeout=" + value);
            environment.Add("Database__CommandTimeout=" + value);
        }

        if (batchWindow is { } w)
        {
            environment.Add("Stream__BatchWindow=" + w.ToString("c", CultureInfo.InvariantCulture));
        }

        string text = "[Service]\n" + string.Concat(environment.Select(e => $"Environment=\"{e}\"\n"));
        await File.WriteAllTextAsync(Path.Combine(folder, DropInName), text);
        CommandResult reload = await Systemd.SystemctlAsync("daemon-reload");
        Assert.True(reload.ExitCode == 0, "daemon-reload: " + reload);
    }

    private static async Task GiveToUnitUserAsync(PrivateSystemd systemd, IEnumerable<string> paths)
    {
        string ids = string.Create(CultureInfo.InvariantCulture, $"{systemd.User.Uid}:{systemd.User.Gid}");
        CommandResult chown = await ProcessRunner.RunAsync("chown", [ids, .. paths], CancellationToken.None);
        Assert.True(chown.ExitCode == 0, "chown: " + chown);
    }
}
