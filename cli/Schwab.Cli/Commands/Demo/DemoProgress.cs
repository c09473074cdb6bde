using System.Globalization;
using System.Text;

namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// Shows the demo's progress: on a terminal a table redrawn in place every refresh, otherwise (a pipe, a log, a test)
/// one plain line per refresh.
/// </summary>
internal sealed class DemoProgress(TextWriter output, bool terminal)
{
    private int _drawnLines;

    public async Task ShowAsync(DemoSnapshot snapshot, DatasetCounts? previous)
    {
        if (!terminal)
        {
            await output.WriteLineAsync(Line(snapshot));
            await output.FlushAsync();
            return;
        }

        string[] lines = Table(snapshot, previous);
        var text = new StringBuilder();
        if (_drawnLines > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{_drawnLines}A"); // back to the table's first line
        }

        foreach (string line in lines)
        {
            text.Append(line).Append("\u001b[K\n"); // overwrite, then clear what a longer earlier line left
        }

        _drawnLines = lines.Length;
        await output.WriteAsync(text.ToString());
        await output.FlushAsync();
    }

    /// <summary>The plain form: <c>00:42 quotes=12368 (+331/s) latest=83 chains=5600 … | MAIN_DATA: … | daemons 7/7</c>.</summary>
    public static string Line(DemoSnapshot s)
    {
        DatasetCounts c = s.Counts;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Clock(s.Elapsed)} quotes={c.StreamingData} ({s.StreamUpdatesPerSecond:0}/s) latest={c.LatestQuotes} chains={c.ChainContracts} "
            + $"minute={c.MinuteCandles} day={c.DailyCandles} orders={c.Orders} transactions={c.Transactions} balances={c.Balances} "
            + $"positions={c.Positions} hours={c.MarketHours} tokens={c.Tokens} | {s.Tokens} | daemons {s.Daemons.Count(d => d.Running)}/{s.Daemons.Count} running");
    }

    public static string[] Table(DemoSnapshot s, DatasetCounts? previous)
    {
        string length = s.Duration is { } total ? $" of {Clock(total)}" : "";
        var lines = new List<string>
        {
            $"Schwab pipeline demo: {Clock(s.Elapsed)}{length} (Ctrl-C stops)",
            "",
            string.Create(CultureInfo.InvariantCulture, $"  {"dataset",-30}{"rows",12}{"new",10}"),
        };
        IReadOnlyList<(string Label, long Rows)> before = previous?.Rows ?? [];
        for (int i = 0; i < s.Counts.Rows.Count; i++)
        {
            (string label, long rows) = s.Counts.Rows[i];
            long added = i < before.Count ? rows - before[i].Rows : 0;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {label,-30}{rows,12:N0}{(added > 0 ? "+" + added.ToString("N0", CultureInfo.InvariantCulture) : ""),10}"));
        }

        lines.Add("");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  stream: {s.StreamUpdatesPerSecond:N0} updates/s"));
        lines.Add($"  tokens: {s.Tokens}");
        lines.Add("");
        lines.Add("  daemon              pid      heartbeat  status");
        foreach (DaemonState d in s.Daemons)
        {
            string beat = d.HeartbeatAge is { } age ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalSeconds:0} s ago") : "none yet";
            string state = d.Running ? d.Status ?? "" : "EXITED: see its log";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {d.Name,-20}{d.Pid,-9}{beat,-11}{Shorten(state, 80)}"));
        }

        return [.. lines];
    }

    private static string Clock(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes:00}:{t.Seconds:00}");

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
