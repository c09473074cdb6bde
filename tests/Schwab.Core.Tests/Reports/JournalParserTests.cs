using System.Text.Json.Nodes;
using Schwab.Core.Reports.Journal;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

public sealed class JournalParserTests
{
    private static JournalSummary Parse(string lines)
    {
        var parser = new JournalParser(JournalctlReader.Units, KnownReportDay.DayStart, KnownReportDay.DayStart.AddDays(1));
        foreach (string line in lines.Split('\n'))
        {
            parser.Add(line);
        }

        return parser.ToSummary();
    }

    [Fact]
    public void ToSummary_RecordedDay_CountsStartsRestartsErrors429sAndRefreshesPerUnit()
    {
        JournalSummary summary = Parse(RecordedJournal.Lines);

        Assert.True(summary.Available);
        Assert.Equal(JournalctlReader.Units, summary.Units.Select(u => u.Unit));
        foreach (UnitJournalCounts unit in summary.Units)
        {
            int[] expected = RecordedJournal.Expected.GetValueOrDefault(unit.Unit) ?? [0, 0, 0, 0, 0, 0];
            Assert.Equal(
                expected,
                new[] { unit.Starts, unit.RestartsScheduled, unit.Errors, unit.RateLimited, unit.TokenRefreshes, unit.TokenRefreshFailures });
        }

        Assert.Equal(new UnitJournalCounts("total", 4, 1, 3, 2, 2, 2), summary.Totals);
    }

    [Fact]
    public void Add_NonJsonAndBinaryMessages_AreSkippedWithoutCounting()
    {
        var parser = new JournalParser(JournalctlReader.Units, KnownReportDay.DayStart, KnownReportDay.DayStart.AddDays(1));

        parser.Add("-- No entries --");
        parser.Add("[1,2,3]");
        parser.Add("""{"_SYSTEMD_UNIT":"schwab-stream.service","PRIORITY":"3","MESSAGE":[104,105]}""");

        Assert.Equal(2, parser.Skipped);
        Assert.Equal(1, parser.ToSummary().Units.Single(u => u.Unit == "schwab-stream.service").Errors);
    }

    [Fact]
    public void Add_OurStartAndSystemdsStartOfOneLaunch_CountOnce()
    {
        var parser = new JournalParser(["schwab-ohlc.service"], KnownReportDay.DayStart, KnownReportDay.DayStart.AddDays(1));

        parser.Add("""{"_SYSTEMD_UNIT":"schwab-ohlc.service","PRIORITY":"6","EVENT_ID":"1004","MESSAGE":"schwab-ohlc started: waiting"}""");
        parser.Add($$"""{"_SYSTEMD_UNIT":"init.scope","UNIT":"schwab-ohlc.service","PRIORITY":"6","MESSAGE_ID":"{{JournalParser.UnitStartedMessageId}}"}""");

        Assert.Equal(1, parser.ToSummary().Units[0].Starts);
    }

    [Fact]
    public void ToSummary_CapturedRestartAndSigkill_CountsTwoStartsOneScheduledRestartNoErrors()
    {
        var parser = new JournalParser(JournalctlReader.Units, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        foreach (string line in RecordedJournal.TokensRestartedAndKilled.Split('\n'))
        {
            parser.Add(line);
        }

        JournalSummary summary = parser.ToSummary();

        Assert.Equal(0, parser.Skipped);
        Assert.Equal(new UnitJournalCounts("schwab-tokens.service", 2, 1, 0, 0, 0, 0), summary.Units[0]);
        Assert.Equal(new UnitJournalCounts("total", 2, 1, 0, 0, 0, 0), summary.Totals);
    }

    [Fact]
    public void ToSummary_RealPrivateSystemdOutputWithOtherUnits_CountsTheTestUnitsErrorEntries()
    {
        JournalParser parser = PrivateSystemdParser(otherSchwabUnits: true);

        JournalSummary summary = parser.ToSummary();

        Assert.Equal(0, parser.Skipped);
        Assert.Equal(72, summary.Entries);
        Assert.Equal(3, summary.Totals.Errors);
        Assert.Equal(("schwab-tokens-newschema.service", 3), summary.Units.Where(u => u.Errors > 0).Select(u => (u.Unit, u.Errors)).Single());
        Assert.Equal(0, summary.Totals.RateLimited);
        Assert.Equal(JournalctlReader.Units, summary.Units.Take(JournalctlReader.Units.Count).Select(u => u.Unit));
    }

    [Fact]
    public void ToSummary_RealPrivateSystemdOutputPipelineUnitsOnly_LeavesTheTestUnitOut()
    {
        JournalSummary summary = PrivateSystemdParser(otherSchwabUnits: false).ToSummary();

        Assert.Equal(JournalctlReader.Units, summary.Units.Select(u => u.Unit));
        Assert.Equal(0, summary.Totals.Errors);
        Assert.Equal(72 - 7 - 1, summary.Entries); // the test unit's 7 entries and systemd's one about schwab-health.timer
    }

    [Fact]
    public void Add_RateLimitedEntries_CountedByEventWithOurNameOrByStableText()
    {
        // A real entry of schwab-transactions, rewritten as the REST client logs a 429, in each form journalctl may print it.
        JsonObject real = JsonNode.Parse(RecordedJournal.PrivateSystemd.Split('\n').First(l => l.Contains("\"EVENT_ID\":\"2504\"", StringComparison.Ordinal)))!.AsObject();
        string message = "429 rate limited by Schwab on MAIN_DATA GET /marketdata/v1/quotes, retry after 00:00:02";
        string byEvent = With(real, ("EVENT_ID", "1300"), ("EVENT_NAME", "RateLimited"), ("PRIORITY", "4"), ("MESSAGE", message));
        string byBytes = With(real, ("EVENT_ID", null), ("EVENT_NAME", null), ("PRIORITY", "4"), ("MESSAGE", new JsonArray([.. System.Text.Encoding.UTF8.GetBytes(message).Select(b => (JsonNode)(int)b)])));
        string otherLibrary = With(real, ("EVENT_ID", "1300"), ("EVENT_NAME", "SomethingElse"), ("PRIORITY", "6"), ("MESSAGE", "unrelated"));
        var parser = new JournalParser(JournalctlReader.Units, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue);

        foreach (string line in new[] { byEvent, byBytes, otherLibrary, "not json" })
        {
            parser.Add(line);
        }

        JournalSummary summary = parser.ToSummary();
        Assert.Equal(2, summary.Units.Single(u => u.Unit == "schwab-transactions.service").RateLimited);
        Assert.Equal((2, 0, 3), (summary.Totals.RateLimited, summary.Totals.Errors, summary.Entries));
        Assert.Equal(1, parser.Skipped);
    }

    private static JournalParser PrivateSystemdParser(bool otherSchwabUnits)
    {
        var parser = new JournalParser(JournalctlReader.Units, RecordedJournal.PrivateSystemdStart, RecordedJournal.PrivateSystemdStart.AddMinutes(1), otherSchwabUnits);
        foreach (string line in RecordedJournal.PrivateSystemd.Split('\n'))
        {
            parser.Add(line);
        }

        return parser;
    }

    private static string With(JsonObject entry, params (string Field, JsonNode? Value)[] fields)
    {
        var copy = entry.DeepClone().AsObject();
        foreach ((string field, JsonNode? value) in fields)
        {
            copy.Remove(field);
            if (value is not null)
            {
                copy[field] = value.DeepClone();
            }
        }

        return copy.ToJsonString();
    }
}
