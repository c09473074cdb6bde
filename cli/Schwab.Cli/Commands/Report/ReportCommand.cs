using System.CommandLine;
using System.Globalization;
using Schwab.Cli.Commands.Db;
using Schwab.Cli.Output;
using Schwab.Core.Reports;
using Schwab.Core.Reports.Journal;
using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Report;

/// <summary>
/// <c>schwabctl report [--day YYYY-MM-DD] [--days N] [--json]</c>: rows per dataset, gaps in the session, and restarts,
/// errors, 429s and token refreshes from the journal, per exchange day (the guide's weekly report is <c>--days 5</c>).
/// Exit 0 done, 1 database error, 2 bad arguments.
/// </summary>
internal sealed class ReportCommand : SchwabCommand
{
    private readonly Option<string?> _day = new("--day") { Description = "The exchange date, YYYY-MM-DD (default: the latest trading day)" };

    private readonly Option<int> _days = new("--days")
    {
        Description = "Report this many trading days ending at --day (5 for the weekly report)",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<int> _quoteGap = new("--quote-gap")
    {
        Description = "Report quote silences in the session of at least this many minutes",
        DefaultValueFactory = _ => 5,
    };

    private readonly Option<bool> _noJournal = new("--no-journal") { Description = "Do not read the journal" };

    private readonly Option<string> _journalctl = new("--journalctl")
    {
        Description = "The journalctl executable",
        DefaultValueFactory = _ => "journalctl",
    };

    private readonly Option<bool> _json = CommonOptions.Json();

    public ReportCommand()
        : base("report", "Rows per dataset, gaps, restarts, errors, 429s and token refreshes for a trading day")
    {
        Add(_day);
        Add(_days);
        Add(_quoteGap);
        Add(_noJournal);
        Add(_journalctl);
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        TextWriter error = parseResult.InvocationConfiguration.Error;
        string? dayText = parseResult.GetValue(_day);
        int days = parseResult.GetValue(_days);
        int quoteGap = parseResult.GetValue(_quoteGap);
        DateOnly parsed = default;
        string? usage = dayText is not null && !DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)
            ? $"--day must be a date as YYYY-MM-DD (got '{dayText}')"
            : days is < 1 or > 366 ? $"--days must be between 1 and 366 (got {days})"
            : quoteGap < 1 ? $"--quote-gap must be at least 1 minute (got {quoteGap})"
            : null;
        if (usage is not null)
        {
            await error.WriteLineAsync($"schwabctl: {usage}");
            return ExitCodes.Usage;
        }

        if (await SchemaGuard.ProblemAsync(services, cancellationToken) is { } problem)
        {
            await error.WriteLineAsync($"schwabctl: {problem}");
            return ExitCodes.Failure;
        }

        DailyReportBuilder builder = services.Get<DailyReportBuilder>();
        DateOnly last = dayText is null ? await builder.LatestTradingDayAsync(cancellationToken) : parsed;
        JournalctlReader? journal = parseResult.GetValue(_noJournal) ? null : new JournalctlReader(parseResult.GetValue(_journalctl)!);
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        var reports = new List<DailyReport>();
        foreach (DateOnly day in await DaysAsync(services.Get<MarketClock>(), last, days, cancellationToken))
        {
            DailyReport report = await builder.BuildAsync(day, journal, quoteGap, cancellationToken);
            reports.Add(report);
            if (output.IsJson)
            {
                await output.WriteJsonAsync(ReportJson.From(report));
            }
            else
            {
                await ReportText.WriteAsync(output, report);
            }
        }

        if (!output.IsJson && reports.Count > 1)
        {
            await ReportText.WriteTotalsAsync(output, reports);
        }

        return ExitCodes.Success;
    }

    /// <summary><paramref name="count"/> trading days ending at <paramref name="last"/> (which is always included), oldest first.</summary>
    private static async Task<IReadOnlyList<DateOnly>> DaysAsync(MarketClock clock, DateOnly last, int count, CancellationToken cancellationToken)
    {
        var days = new List<DateOnly> { last };
        for (DateOnly day = last.AddDays(-1); days.Count < count && day > last.AddDays(-(count * 2) - 14); day = day.AddDays(-1))
        {
            if ((await clock.GetDayAsync(day, cancellationToken)).IsOpen)
            {
                days.Add(day);
            }
        }

        days.Reverse();
        return days;
    }
}
