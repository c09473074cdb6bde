using Schwab.Cli.Commands.Health;
using Schwab.Core.Configuration;
using Schwab.Core.Reports.Journal;
using Schwab.Testing;
using Schwab.Testing.Data;

namespace Schwab.Cli.Tests.Commands.Health;

/// <summary>Health's journal checks over Core's reader (the parsing itself is tested in Schwab.Core.Tests, JournalParserTests).</summary>
public sealed class JournalChecksTests
{
    // Just after the last entry of the recorded private-systemd journal, so the 60-minute window holds all of it.
    private static readonly DateTimeOffset s_now = RecordedJournal.PrivateSystemdStart.AddSeconds(30);

    private static HealthContext Context(HealthOptions options) => new(s_now, options, new SystemdView(null, "test"), []);

    [Fact]
    public async Task EvaluateAsync_RealJournalctlOutput_WarnsAtTheErrorThresholdNamingTheUnit()
    {
        using var journalctl = new FakeJournalctl(RecordedJournal.PrivateSystemd);
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("socket"), "");
        var options = new HealthOptions { JournalErrorsWarning = 3, Journal429Warning = 1 };

        IReadOnlyList<HealthCheck> checks = await JournalChecks.EvaluateAsync(
            Context(options), new JournalctlReader(journalctl.Path, otherSchwabUnits: true), dir.File("socket"), CancellationToken.None);

        Assert.Equal((HealthStatus.Warning, "journal:errors"), (checks[0].Status, checks[0].Key));
        Assert.Equal("3 errors in the last 60 min (schwab-tokens-newschema.service 3)", checks[0].Detail);
        Assert.Equal((HealthStatus.Ok, "journal:429", "0 HTTP 429 responses in the last 60 min"), (checks[1].Status, checks[1].Key, checks[1].Detail));
        string[] calls = await File.ReadAllLinesAsync(journalctl.ArgumentsFile);
        Assert.StartsWith($"--no-pager -o json --since @{(s_now - options.JournalWindow).ToUnixTimeSeconds()} --until @{s_now.ToUnixTimeSeconds() + 1} ", calls[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_EmptyJournal_SaysUnavailableOnceAndStaysOk()
    {
        using var journalctl = new FakeJournalctl("");
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("socket"), "");

        IReadOnlyList<HealthCheck> checks = await JournalChecks.EvaluateAsync(
            Context(new HealthOptions { JournalErrorsWarning = 0 }), new JournalctlReader(journalctl.Path, otherSchwabUnits: true), dir.File("socket"), CancellationToken.None);

        Assert.All(checks, c => Assert.Equal(HealthStatus.Ok, c.Status));
        Assert.StartsWith("journal unavailable (journalctl returned no entries at all", checks[0].Detail, StringComparison.Ordinal);
        Assert.EndsWith("): not checked", checks[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_NoJournaldSocket_NotCheckedWithoutRunningJournalctl()
    {
        using var journalctl = new FakeJournalctl(RecordedJournal.PrivateSystemd);
        using var dir = new TempDirectory();

        IReadOnlyList<HealthCheck> checks = await JournalChecks.EvaluateAsync(
            Context(new HealthOptions()), new JournalctlReader(journalctl.Path), dir.File("no-socket"), CancellationToken.None);

        Assert.All(checks, c => Assert.StartsWith("journald is not running here", c.Detail, StringComparison.Ordinal));
        Assert.False(File.Exists(journalctl.ArgumentsFile));
    }

    [Fact]
    public void Evaluate_PartialJournalAnd429s_WarnsAndCarriesTheCaveat()
    {
        var summary = new JournalSummary(true, "partial: this user may not read the system journal", [
            new UnitJournalCounts("schwab-chains.service", 1, 0, 0, 2, 0, 0),
            new UnitJournalCounts("schwab-ohlc.service", 1, 0, 1, 1, 0, 0),
        ]) { Entries = 9 };

        IReadOnlyList<HealthCheck> checks = JournalChecks.Evaluate(Context(new HealthOptions { JournalErrorsWarning = 5, Journal429Warning = 3 }), summary);

        Assert.Equal(HealthStatus.Ok, checks[0].Status);
        Assert.Equal("1 errors in the last 60 min (schwab-ohlc.service 1); partial: this user may not read the system journal", checks[0].Detail);
        Assert.Equal(HealthStatus.Warning, checks[1].Status);
        Assert.Equal("3 HTTP 429 responses in the last 60 min (schwab-chains.service 2, schwab-ohlc.service 1); partial: this user may not read the system journal", checks[1].Detail);
        Assert.Equal(9, checks[0].Values["entries"]);
    }
}
