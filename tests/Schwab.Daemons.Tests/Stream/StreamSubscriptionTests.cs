using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Schwab.Daemons.Stream;
using Schwab.Simulator.Recording;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

public sealed class StreamSubscriptionTests
{
    // Tuesday 2026-03-03 09:20 ET (EST): ten minutes before the open.
    private static readonly DateTimeOffset BeforeOpen = new(2026, 3, 3, 14, 20, 0, TimeSpan.Zero);

    [Fact]
    public async Task ExecuteAsync_BeforeTheOpen_WaitsThenSubscribesTheUnderlyingAndTheWindowAroundSpot()
    {
        await using StreamHarness h = await StreamHarness.StartAsync(BeforeOpen);
        await h.ComposeAsync(new Dictionary<string, string?> { ["Stream:Range"] = "100" });
        var notifier = (RecordingNotifier)h.Services.GetRequiredService<ISystemdNotifier>();
        await h.StartWorkerAsync();

        for (int minute = 0; minute < 5; minute++)
        {
            await h.Time.WaitForTimerAsync(d => d == TimeSpan.FromMinutes(1));
            if (minute == 0)
            {
                Assert.Contains(notifier.States, s => s.Contains("waiting for session 2026-03-03 09:30 ET", StringComparison.Ordinal));
                Assert.Empty(h.Simulator.Record.StreamCommands);
            }

            h.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await h.StepUntilAsync(() => h.Simulator.Record.StreamCommands.Any(c => c.Service == "LEVELONE_OPTIONS"));
        await h.StepUntilAsync(() => h.Simulator.Record.StreamUpdates.Any(u => u.Service == "LEVELONE_OPTIONS"));

        IReadOnlyList<RecordedStreamCommand> commands = h.Simulator.Record.StreamCommands;
        Assert.True(commands.Select(c => c.Command).SequenceEqual(["LOGIN", "SUBS", "SUBS"]), h.Describe(80));
        Assert.All(commands, c => Assert.Equal(0, c.ResponseCode));
        Assert.Equal("LEVELONE_EQUITIES", commands[1].Service);
        Assert.Equal(["$SPX"], commands[1].Keys);
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 17, 18, 33, 34, 35 }, commands[1].Fields);

        RecordedStreamCommand options = commands[2];
        Assert.Equal("LEVELONE_OPTIONS", options.Service);
        decimal spot = SpotWhen(h, options.Time);
        Assert.Equal(ExpectedWindow(spot, 100, "260303"), options.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(82, options.Keys.Count);
        Assert.Equal(new[] { 0, 2, 3, 4, 8, 9, 10, 16, 17, 18, 19, 20, 28, 29, 30, 31, 32, 35, 37, 38, 39 }, options.Fields);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 14, 25, 0, TimeSpan.Zero), commands[0].Time);
    }

    [Fact]
    public async Task RecentreLoop_SpotDrifts30Points_SendsAddAndUnsubsOnTheSameConnectionAndCentresOnTheNewSpot()
    {
        await using StreamHarness h = await StreamHarness.StartAsync();
        await h.ComposeAsync();
        await h.StartWorkerAsync();
        await h.StepUntilAsync(() => h.Worker.Window is not null && h.Simulator.Record.StreamUpdates.Any(u => u.Service == "LEVELONE_OPTIONS"));
        OptionWindow before = h.Worker.Window!;
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        h.Simulator.Market.SetPriceOffset("$SPX", DriftOf30(h, before));
        await h.StepUntilAsync(() => h.Worker.Window != before && h.Simulator.Record.StreamCommands.Any(c => c.Command == "UNSUBS"));
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        IReadOnlyList<RecordedStreamCommand> commands = h.Simulator.Record.StreamCommands;
        Assert.Equal(1, h.Logins);
        RecordedStreamCommand add = Assert.Single(commands, c => c.Command == "ADD");
        RecordedStreamCommand unsubs = Assert.Single(commands, c => c.Command == "UNSUBS");
        Assert.Equal("LEVELONE_OPTIONS", add.Service);
        Assert.All(commands, c => Assert.Equal(0, c.ResponseCode));
        decimal spot = SpotWhen(h, add.Time);
        OptionWindow after = h.Worker.Window!;
        Assert.Equal(Math.Round(spot / 5m, MidpointRounding.AwayFromZero) * 5m, after.Centre);
        Assert.True(after.Centre - before.Centre >= 30m, $"centre moved from {before.Centre} to {after.Centre}");
        HashSet<string> expected = ExpectedWindow(spot, 20, "260302");
        Assert.Equal(expected, after.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(expected.Except(before.Keys).Order(StringComparer.Ordinal), add.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before.Keys.Except(expected).Order(StringComparer.Ordinal), unsubs.Keys.Order(StringComparer.Ordinal));

        // Data flows for the new strikes, none for the removed ones after the UNSUBS.
        IReadOnlyList<RecordedStreamUpdate> updates = h.Simulator.Record.StreamUpdates;
        Assert.Contains(updates, u => add.Keys.Contains(u.Key));
        Assert.DoesNotContain(updates, u => unsubs.Keys.Contains(u.Key) && u.Time > unsubs.Time);
    }

    [Fact]
    public void Symbol_SpxwStrike_IsTheOccSymbol()
    {
        Assert.Equal("SPXW  260302C05900000", OptionWindow.Symbol("SPXW", new DateOnly(2026, 3, 2), 'C', 5900m));
        Assert.Equal("SPXW  260302P06882500", OptionWindow.Symbol("SPXW", new DateOnly(2026, 3, 2), 'P', 6882.5m));
    }

    [Fact]
    public void Around_CapBelowTheWindow_KeepsTheStrikesNearestSpot()
    {
        OptionWindow window = OptionWindow.Around(6012m, "SPXW", new DateOnly(2026, 3, 2), 100m, 5m, cap: 6);

        Assert.Equal(6010m, window.Centre);
        Assert.Equal(
            ["SPXW  260302C06010000", "SPXW  260302P06010000", "SPXW  260302C06015000", "SPXW  260302P06015000", "SPXW  260302C06005000", "SPXW  260302P06005000"],
            window.Keys);
    }

    /// <summary>
    /// The price offset that drifts spot 30 points (the AdjustThreshold) above the window's centre, plus one point so the
    /// simulator's next random-walk step cannot take it back under the threshold.
    /// </summary>
    internal static decimal DriftOf30(StreamHarness h, OptionWindow window) => window.Centre + 31m - SpotWhen(h, h.Time.GetUtcNow());

    /// <summary>The spot the daemon saw when it sent a command: the last $SPX price served before it.</summary>
    private static decimal SpotWhen(StreamHarness h, DateTimeOffset at) =>
        h.Simulator.Record.StreamUpdates.Last(u => u.Key == "$SPX" && u.Time <= at && u.State.ContainsKey(3)).State[3] switch
        {
            decimal d => d,
            object o => Convert.ToDecimal(o, CultureInfo.InvariantCulture),
        };

    private static HashSet<string> ExpectedWindow(decimal spot, int range, string yymmdd)
    {
        int centre = (int)(Math.Round(spot / 5m, MidpointRounding.AwayFromZero) * 5m);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int strike = centre - range; strike <= centre + range; strike += 5)
        {
            keys.Add($"SPXW  {yymmdd}C{strike * 1000:D8}");
            keys.Add($"SPXW  {yymmdd}P{strike * 1000:D8}");
        }

        return keys;
    }
}
