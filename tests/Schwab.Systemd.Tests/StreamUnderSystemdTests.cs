using System.Globalization;
using System.Text.RegularExpressions;
using Schwab.Simulator.Recording;
using Schwab.Testing.Streaming;
using Schwab.Testing.Systemd;
using Xunit.Abstractions;

namespace Schwab.Systemd.Tests;

/// <summary>
/// schwab-stream as installed, under the real systemd, streaming from a simulator on 127.0.0.1 whose session is open now
/// (issue 6, "Must show" 3 and 6).
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed partial class StreamUnderSystemdTests(SystemdFixture fixture, ITestOutputHelper output)
{
    private const string Unit = StreamUnit.Name;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Start_SessionOpenAtSimulator_ActiveWithSubscriptionCountAndUpdateRateInStatusAndNoErrors()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using StreamUnit stream = await StreamUnit.PrepareAsync(fixture, "status");
        await stream.StartAsync(s_timeout);
        string invocation = await stream.Systemd.PropertyAsync(Unit, "InvocationID");

        Match status = await StreamingStatusAsync(stream);

        // $SPX plus calls and puts of 41 strikes (±100 points in 5-point steps): what the simulator was asked for.
        int subscribed = SubscribedKeys(stream.Simulator.Record.StreamCommands);
        Assert.Equal(1 + (2 * 41), subscribed);
        Assert.Equal(subscribed, Number(status, "subs"));
        Assert.True(Number(status, "rate") > 0, status.Value);
        Assert.True(Number(status, "stored") > 0, status.Value);
        Assert.Equal("active", await stream.Systemd.PropertyAsync(Unit, "ActiveState"));
        CommandResult errors = await stream.Systemd.JournalctlAsync("-q", "-p", "err", "-u", Unit, "_SYSTEMD_INVOCATION_ID=" + invocation);
        Assert.True(errors.Stdout.Trim().Length == 0, "healthy run logged at err or above:\n" + errors.Stdout);
    }

    [SkippableFact]
    public async Task Stop_WhileUpdatesFlow_EveryReceivedUpdateStoredOnceInOrder()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using StreamUnit stream = await StreamUnit.PrepareAsync(fixture, "sigterm");
        await stream.StartAsync(s_timeout);
        string invocation = await stream.Systemd.PropertyAsync(Unit, "InvocationID");
        await StreamingStatusAsync(stream);
        await PrivateSystemd.WaitUntilAsync(() => Task.FromResult(stream.Simulator.Record.StreamUpdates.Count >= 1000), s_timeout, "1000 updates sent");

        CommandResult stop = await stream.Systemd.SystemctlAsync("stop", Unit);

        Assert.True(stop.ExitCode == 0, stop.ToString());
        Assert.Equal("inactive", await stream.Systemd.PropertyAsync(Unit, "ActiveState"));
        Assert.Equal("success", await stream.Systemd.PropertyAsync(Unit, "Result"));
        long received = await ReceivedAtStopAsync(stream, invocation);
        List<StoredStreamRows.Row> stored = StoredStreamRows.Read(stream.StagedDatabase);
        IReadOnlyList<RecordedStreamUpdate> sent = stream.Simulator.Record.StreamUpdates;
        output.WriteLine($"sent {sent.Count}, received {received}, stored {stored.Count}");

        // SIGTERM flushes everything received; what was still in flight on the socket was never received.
        Assert.Equal(received, stored.Count);
        List<RecordedStreamUpdate> missing = StoredStreamRows.AssertStoredAreSentOnceInOrder(stored, sent);
        Assert.Equal(sent.Count - received, missing.Count);
        AssertOnlyTheTailIsMissing(stored, sent);
    }

    /// <summary>Whether everything each key stored is the start of what was sent for it (nothing missing before the stop).</summary>
    private static void AssertOnlyTheTailIsMissing(List<StoredStreamRows.Row> stored, IReadOnlyList<RecordedStreamUpdate> sent)
    {
        foreach (IGrouping<string, StoredStreamRows.Row> key in stored.GroupBy(r => r.Symbol, StringComparer.Ordinal))
        {
            long[] sequences = [.. key.Select(r => r.Sequence).Order()];
            Assert.True(sequences.SequenceEqual(Enumerable.Range(1, sequences.Length).Select(i => (long)i)), $"{key.Key}: a gap before the last stored update");
        }

        Assert.All(sent.Select(u => u.Key).Distinct(StringComparer.Ordinal), k => Assert.Contains(stored, r => r.Symbol == k));
    }

    /// <summary>The updates the process of <paramref name="invocation"/> had received when it stopped (its "Session … over" line).</summary>
    private static async Task<long> ReceivedAtStopAsync(StreamUnit stream, string invocation)
    {
        string journal = (await stream.Systemd.JournalctlAsync("-u", Unit, "-o", "cat", "_SYSTEMD_INVOCATION_ID=" + invocation)).Stdout;
        Match over = SessionOver().Match(journal);
        Assert.True(over.Success, "no 'Session … over' line at stop:\n" + journal);
        return Number(over, "received");
    }

    private static async Task<Match> StreamingStatusAsync(StreamUnit stream)
    {
        Match status = Match.Empty;
        try
        {
            await PrivateSystemd.WaitUntilAsync(
                async () => (status = StreamingStatus().Match(await stream.Systemd.PropertyAsync(Unit, "StatusText"))).Success
                    && Number(status, "rate") > 0 && Number(status, "stored") > 0,
                s_timeout, "a STATUS line with a non-zero update rate and rows stored");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nstatus: {await stream.Systemd.PropertyAsync(Unit, "StatusText")}\n{await stream.JournalAsync()}", ex);
        }

        return status;
    }

    /// <summary>The keys subscribed at the end of <paramref name="commands"/> (SUBS replaces, ADD adds, UNSUBS removes), over all services.</summary>
    private static int SubscribedKeys(IReadOnlyList<RecordedStreamCommand> commands)
    {
        var services = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (RecordedStreamCommand c in commands.Where(c => c.ResponseCode == 0))
        {
            HashSet<string> keys = services.TryGetValue(c.Service, out HashSet<string>? k) ? k : services[c.Service] = new(StringComparer.Ordinal);
            switch (c.Command)
            {
                case "SUBS":
                    keys.Clear();
                    keys.UnionWith(c.Keys);
                    break;
                case "ADD":
                    keys.UnionWith(c.Keys);
                    break;
                case "UNSUBS":
                    keys.ExceptWith(c.Keys);
                    break;
            }
        }

        return services.Values.Sum(k => k.Count);
    }

    private static long Number(Match match, string group) => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^streaming (?<subs>\d+) subscriptions \(options around (?<centre>[-\d.]+)\), (?<rate>\d+) updates/s, (?<stored>\d+) rows stored")]
    private static partial Regex StreamingStatus();

    [GeneratedRegex(@"Session \S+ over: (?<received>\d+) updates received")]
    private static partial Regex SessionOver();
}
