using System.Globalization;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;

namespace Schwab.Cli.Commands.Demo;

/// <summary>The demo's live part and its closing summary.</summary>
internal sealed partial class DemoRun
{
    /// <summary>Refreshes progress until the duration passes (true) or Ctrl-C (true) or a daemon dies (false).</summary>
    private async Task<bool> ShowProgressAsync(CliServices services, DatasetCountsQuery query, CancellationToken cancellationToken)
    {
        var progress = new DemoProgress(output, terminal);
        TokenStore tokens = services.Get<TokenStore>();
        ServiceStatusStore heartbeats = services.Get<ServiceStatusStore>();
        using var duration = options.Duration is { } d ? new CancellationTokenSource(d, _time) : new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, duration.Token);
        using var timer = new PeriodicTimer(options.Interval, _time);
        DateTimeOffset started = _time.GetUtcNow(), previousAt = started;
        DatasetCounts? previous = null;
        try
        {
            do
            {
                DateTimeOffset now = _time.GetUtcNow();
                DatasetCounts counts = await query.GetAsync(stop.Token);
                double rate = previous is null ? 0 : (counts.StreamingData - previous.StreamingData) / Math.Max(0.001, (now - previousAt).TotalSeconds);
                IReadOnlyList<ServiceStatus> rows = await heartbeats.ListAsync(stop.Token);
                var daemons = _daemons.Select(p => rows.FirstOrDefault(r => r.Service == p.Name && r.Pid == p.Pid) is { } row
                    ? new DaemonState(p.Name, p.Pid, !p.ExitedEarly, now - row.LastHeartbeatAt, row.Status)
                    : new DaemonState(p.Name, p.Pid, !p.ExitedEarly, null, null)).ToList();
                await progress.ShowAsync(new DemoSnapshot(now - started, options.Duration, counts, rate, await TokenLineAsync(tokens, now, stop.Token), daemons), previous);
                if (_daemons.FirstOrDefault(p => p.ExitedEarly) is { } dead)
                {
                    await error.WriteLineAsync($"{dead.Name} exited with code {dead.ExitCode}; see {dead.LogPath}");
                    return false;
                }

                (previous, previousAt) = (counts, now);
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The duration passed, or Ctrl-C / SIGTERM: both are a normal end.
        }

        return true;
    }

    /// <summary>How to call this schwabctl again: its path relative to the working directory (it is not on PATH in a clone).</summary>
    private static string SchwabctlPath()
    {
        string? path = Environment.ProcessPath;
        if (path is null || !Path.GetFileName(path).StartsWith("schwabctl", StringComparison.Ordinal))
        {
            return "schwabctl";
        }

        string relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static async Task<string> TokenLineAsync(TokenStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        TokenSet? tokens = await store.GetAsync(DemoSetup.ApiName, cancellationToken);
        return tokens is null
            ? $"{DemoSetup.ApiName}: no tokens"
            : $"{DemoSetup.ApiName}: {TokenTimes.Summary(tokens, now)}";
    }

    /// <summary>Prints the final rows per dataset and where to look next; exit 0 unless a daemon failed.</summary>
    private async Task<int> FinishAsync(CliServices services, bool stoppedEarly)
    {
        DatasetCounts counts = await new DatasetCountsQuery(services.Get<IDbConnectionFactory>()).GetAsync(CancellationToken.None);
        await output.WriteLineAsync("rows per dataset:");
        foreach ((string label, long rows) in counts.Rows)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {label,-30}{rows,12}"));
        }

        if (counts.Empty.Count > 0)
        {
            await error.WriteLineAsync($"still empty: {string.Join(", ", counts.Empty)} (a longer --duration gives every daemon its first turn)");
        }

        string schwabctl = SchwabctlPath();
        await output.WriteLineAsync($"the data is in {_setup.DatabasePath}, the settings that reach it in {_setup.SettingsPath}; look with:");
        await output.WriteLineAsync($"  sqlite3 {_setup.DatabasePath} 'SELECT symbol, bid, ask, last, timestamp FROM SCHWAB_LATEST_QUOTE LIMIT 10'");
        await output.WriteLineAsync($"  {schwabctl} health --config {_setup.SettingsPath}");
        await output.WriteLineAsync($"  {schwabctl} tokens --config {_setup.SettingsPath}");
        return stoppedEarly || _failedStops > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
