using Schwab.Core.Data;
using Schwab.Simulator;

namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// One demo: the simulator (in this process, its calendar laid so that a session is open now), settings, schema and login
/// in <c>DIR</c>, then every daemon as a child process: <c>schwab-tokens</c> and <c>schwab-markethours</c> first (the others
/// schedule by the stored calendar), each waited for until its heartbeat row appears, then the rest. Progress until the
/// duration passes or Ctrl-C; then SIGTERM to every daemon, a wait for their flush, and the simulator last.
/// </summary>
internal sealed partial class DemoRun(DemoOptions options, TextWriter output, TextWriter error, bool terminal)
{
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(30);
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly DemoSetup _setup = new(options.Folder);
    private readonly List<DaemonProcess> _daemons = [];
    private int _failedStops;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> executables = DaemonLocator.Find(options.DaemonFolder);
        await using SchwabSimulator simulator = await SchwabSimulator.StartAsync(
            new SimulatorOptions { Seed = options.Seed, DemoCalendar = true }, cancellationToken);
        await error.WriteLineAsync($"simulated Schwab API on {simulator.BaseUrl} (seed {options.Seed}); its calendar opened today's session an hour ago");
        if (await _setup.PrepareAsync(simulator, cancellationToken) is { } replaced)
        {
            await error.WriteLineAsync($"replacing the previous demo's data in {replaced} (use --data DIR to keep it)");
        }

        await using CliServices services = CliServices.Create(_setup.SettingsPath, error);
        bool stoppedEarly = false;
        try
        {
            foreach (string line in await DemoSetup.MigrateAndLogInAsync(services, simulator, cancellationToken))
            {
                await error.WriteLineAsync(line);
            }

            var query = new DatasetCountsQuery(services.Get<IDbConnectionFactory>());
            await StartAndWaitAsync(executables.Take(2), services, cancellationToken);
            await WaitAsync("schwab-markethours to store the calendar", async ct => (await query.GetAsync(ct)).MarketHours > 0, cancellationToken);
            await StartAndWaitAsync(executables.Skip(2), services, cancellationToken);
            await error.WriteLineAsync(await DemoSetup.TakeBalancesSnapshotAsync(services, cancellationToken));
            stoppedEarly = !await ShowProgressAsync(services, query, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Ctrl-C before every daemon was running");
        }
        finally
        {
            await StopAsync();
        }

        return await FinishAsync(services, stoppedEarly);
    }

    private async Task StartAndWaitAsync(IEnumerable<string> executables, CliServices services, CancellationToken cancellationToken)
    {
        var started = new List<DaemonProcess>();
        foreach (string executable in executables)
        {
            DaemonProcess daemon = DaemonProcess.Start(executable, _setup.SettingsPath, options.Folder);
            _daemons.Add(daemon);
            started.Add(daemon);
            await error.WriteLineAsync($"started {daemon.Name} (pid {daemon.Pid}, log {daemon.LogPath})");
        }

        // Ready = past its start-up checks (configuration, database, schema, token): its first heartbeat row is written then.
        ServiceStatusStore heartbeats = services.Get<ServiceStatusStore>();
        string names = string.Join(", ", started.Select(d => d.Name));
        await WaitAsync($"{names} to report ready", async ct =>
        {
            if (started.FirstOrDefault(d => d.ExitedEarly) is { } dead)
            {
                throw new InvalidOperationException($"{dead.Name} exited with code {dead.ExitCode} before it was ready; see {dead.LogPath}");
            }

            IReadOnlyList<ServiceStatus> rows = await heartbeats.ListAsync(ct);
            return started.All(d => rows.Any(r => r.Service == d.Name && r.Pid == d.Pid));
        }, cancellationToken);
        await error.WriteLineAsync($"ready: {names}");
    }

    private async Task WaitAsync(string what, Func<CancellationToken, Task<bool>> done, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(s_readyTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(250), _time);
        try
        {
            while (!await done(linked.Token))
            {
                await poll.WaitForNextTickAsync(linked.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"gave up waiting for {what} after {s_readyTimeout.TotalSeconds:0} s; see the logs in {options.Folder}");
        }
    }

    private async Task StopAsync()
    {
        if (_daemons.Count == 0)
        {
            return;
        }

        await error.WriteLineAsync($"stopping {_daemons.Count} daemons (SIGTERM; each flushes what it received)…");
        int?[] codes = await Task.WhenAll(_daemons.Select(d => d.StopAsync(s_stopTimeout)));
        for (int i = 0; i < _daemons.Count; i++)
        {
            await _daemons[i].DisposeAsync();
            if (codes[i] is not 0)
            {
                _failedStops++;
                await error.WriteLineAsync(codes[i] is int code
                    ? $"{_daemons[i].Name} exited with code {code}; see {_daemons[i].LogPath}"
                    : $"{_daemons[i].Name} did not stop within {s_stopTimeout.TotalSeconds:0} s and was killed; see {_daemons[i].LogPath}");
            }
        }
    }
}
