using Schwab.Cli.Commands.Demo;

namespace Schwab.Cli.Tests.Commands.Demo;

public sealed class DemoProgressTests
{
    private static DemoSnapshot Snapshot(int seconds, long quotes, double rate) => new(
        TimeSpan.FromSeconds(seconds),
        TimeSpan.FromSeconds(120),
        new DatasetCounts { StreamingData = quotes, ChainContracts = 800, MarketHours = 22, Tokens = 1 },
        rate,
        "MAIN_DATA: access token 29 min left, refresh token 167 h left",
        [new DaemonState("schwab-stream", 42, true, TimeSpan.FromSeconds(3), "streaming 83 subscriptions"), new DaemonState("schwab-ohlc", 43, false, null, null)]);

    [Fact]
    public async Task ShowAsync_NotATerminal_WritesOnePlainLinePerRefresh()
    {
        using var output = new StringWriter();
        var progress = new DemoProgress(output, terminal: false);

        await progress.ShowAsync(Snapshot(2, 100, 0), null);
        await progress.ShowAsync(Snapshot(4, 760, 330), Snapshot(2, 100, 0).Counts);

        string[] lines = CliRunner.Lines(output.ToString());
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("00:04 quotes=760 (330/s) latest=0 chains=800 ", lines[1], StringComparison.Ordinal);
        Assert.Contains("| MAIN_DATA: access token 29 min left, refresh token 167 h left | daemons 1/2 running", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output.ToString());
    }

    [Fact]
    public async Task ShowAsync_Terminal_RedrawsTheTableInPlaceWithWhatGrew()
    {
        using var output = new StringWriter();
        var progress = new DemoProgress(output, terminal: true);
        await progress.ShowAsync(Snapshot(2, 100, 0), null);
        int firstLength = output.GetStringBuilder().Length;
        int drawnLines = output.ToString().Count(c => c == '\n');

        await progress.ShowAsync(Snapshot(4, 760, 330), Snapshot(2, 100, 0).Counts);

        string second = output.ToString()[firstLength..];
        Assert.StartsWith($"\u001b[{drawnLines}A", second, StringComparison.Ordinal);
        Assert.Contains("Schwab pipeline demo: 00:04 of 02:00 (Ctrl-C stops)", second, StringComparison.Ordinal);
        Assert.Matches(@"quotes \(streaming_data\)\s+760\s+\+660", second);
        Assert.Contains("stream: 330 updates/s", second, StringComparison.Ordinal);
        Assert.Matches(@"schwab-stream\s+42\s+3 s ago\s+streaming 83 subscriptions", second);
        Assert.Matches(@"schwab-ohlc\s+43\s+none yet\s+EXITED: see its log", second);
    }
}
