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
}
