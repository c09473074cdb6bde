using Schwab.Core.Reports.Journal;
using Schwab.Testing;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Reports;

public sealed class JournalctlReaderTests
{
    private static readonly DateTimeOffset s_from = KnownReportDay.DayStart;
    private static readonly DateTimeOffset s_to = KnownReportDay.DayStart.AddDays(1);

    [Fact]
    public async Task ReadAsync_RecordedOutput_CountsItAndAsksForTheWindowAndEveryUnit()
    {
        using var journalctl = new FakeJournalctl(RecordedJournal.Lines);

        JournalSummary summary = await new JournalctlReader(journalctl.Path).ReadAsync(s_from, s_to, CancellationToken.None);

        Assert.True(summary.Available);
        Assert.Null(summary.Reason);
        Assert.Equal(new UnitJournalCounts("total", 4, 1, 3, 2, 2, 2), summary.Totals);
        string[] calls = await File.ReadAllLinesAsync(journalctl.ArgumentsFile);
        Assert.Equal(2, calls.Length);
        Assert.Equal("--no-pager -o json -n 1", calls[0]);
        Assert.StartsWith($"--no-pager -o json --since @{s_from.ToUnixTimeSeconds()} --until @{s_to.ToUnixTimeSeconds() + 1} -u schwab-tokens.service", calls[1], StringComparison.Ordinal);
        Assert.All(JournalctlReader.Units, u => Assert.Contains("-u " + u, calls[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_OtherSchwabUnits_AddsTheGlobAfterTheNamedUnitsAndCountsThem()
    {
        using var journalctl = new FakeJournalctl(RecordedJournal.PrivateSystemd);
        DateTimeOffset from = RecordedJournal.PrivateSystemdStart;

        JournalSummary summary = await new JournalctlReader(journalctl.Path, otherSchwabUnits: true).ReadAsync(from, from.AddMinutes(1), CancellationToken.None);

        Assert.Equal(3, summary.Units.Single(u => u.Unit == "schwab-tokens-newschema.service").Errors);
        string[] calls = await File.ReadAllLinesAsync(journalctl.ArgumentsFile);
        Assert.EndsWith("-u schwab-health.service -u schwab-*", calls[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ExecutableMissing_SaysUnavailableWithTheReason()
    {
        using var dir = new TempDirectory();

        JournalSummary summary = await new JournalctlReader(dir.File("no-journalctl")).ReadAsync(s_from, s_to, CancellationToken.None);

        Assert.False(summary.Available);
        Assert.Contains("could not be run", summary.Reason, StringComparison.Ordinal);
        Assert.Empty(summary.Units);
    }

    [SkippableFact]
    public async Task ReadAsync_JournalctlFails_SaysUnavailableWithItsExitCode()
    {
        Skip.IfNot(File.Exists("/bin/false"), "needs /bin/false");

        JournalSummary summary = await new JournalctlReader("/bin/false").ReadAsync(s_from, s_to, CancellationToken.None);

        Assert.False(summary.Available);
        Assert.Contains("exited with code 1", summary.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyJournal_SaysUnavailableRatherThanZeros()
    {
        using var journalctl = new FakeJournalctl("");

        JournalSummary summary = await new JournalctlReader(journalctl.Path).ReadAsync(s_from, s_to, CancellationToken.None);

        Assert.False(summary.Available);
        Assert.Contains("no entries at all", summary.Reason, StringComparison.Ordinal);
    }
}
