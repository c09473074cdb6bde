using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Cli.Output;
using Schwab.Core.Api;
using Schwab.Core.Data.Candles;
using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Backfill;

/// <summary>
/// <c>schwabctl backfill ohlc --symbol S --from D --to D [--json]</c>: finds the minute gaps and missing daily candles of one
/// symbol between two exchange dates and fills them through the same <see cref="CandleCollector"/> as <c>schwab-ohlc</c>.
/// A progress bar goes to stderr only when it is a terminal; the result goes to stdout.
/// </summary>
internal sealed class OhlcBackfillCommand : SchwabCommand
{
    private readonly Option<string> _symbol = new("--symbol") { Description = "The symbol, e.g. $SPX", Required = true };
    private readonly Option<string> _from = new("--from") { Description = "The first exchange date, yyyy-MM-dd", Required = true };
    private readonly Option<string> _to = new("--to") { Description = "The last exchange date, yyyy-MM-dd", Required = true };
    private readonly Option<bool> _json = CommonOptions.Json();

    public OhlcBackfillCommand()
        : base("ohlc", "Find gaps in the stored minute and daily candles of a symbol and fill them")
    {
        Add(_symbol);
        Add(_from);
        Add(_to);
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        TextWriter error = parseResult.InvocationConfiguration.Error;
        DateOnly today = MarketClock.ExchangeDate(services.Get<TimeProvider>().GetUtcNow());
        if (!OhlcBackfillRange.TryParse(parseResult.GetValue(_symbol), parseResult.GetValue(_from), parseResult.GetValue(_to), today, out OhlcBackfillRange? range, out string? problem))
        {
            await error.WriteLineAsync($"schwabctl: {problem}");
            return ExitCodes.Usage;
        }

        var bar = new ProgressBar(error, $"{range!.Symbol} {range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd}", ProgressBar.StderrIsTerminal);
        CandleFill fill;
        try
        {
            fill = await ActivatorUtilities.CreateInstance<CandleCollector>(services.Provider).FillAsync(range.Symbol, range.From, range.To, bar, cancellationToken);
        }
        catch (SchwabApiException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
        {
            bar.Finish();
            await error.WriteLineAsync($"schwabctl: Schwab refused the price history of {range.Symbol}: {(ex.ErrorText ?? ex.Message).ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }

        bar.Finish();
        await PrintAsync(new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json)), range, fill);
        return ExitCodes.Success;
    }

    private static async Task PrintAsync(CommandOutput output, OhlcBackfillRange range, CandleFill fill)
    {
        if (output.IsJson)
        {
            await output.WriteJsonAsync(new
            {
                symbol = range.Symbol,
                from = range.From,
                to = range.To,
                minuteGaps = fill.MinuteGaps.Select(Json),
                missingDays = fill.MissingDays,
                minutesWritten = fill.MinutesWritten,
                daysWritten = fill.DaysWritten,
                gapsLeft = fill.MinuteGapsLeft.Select(Json),
            });
            return;
        }

        foreach (MinuteGap gap in fill.MinuteGaps)
        {
            await output.WriteLineAsync($"{gap.Symbol} {Describe(gap)} missing");
        }

        foreach (DateOnly day in fill.MissingDays)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{range.Symbol} {day:yyyy-MM-dd}: daily candle missing"));
        }

        foreach (MinuteGap gap in fill.MinuteGapsLeft)
        {
            await output.WriteLineAsync($"{gap.Symbol} {Describe(gap)} still missing (Schwab sent no candles for it)");
        }

        int days = fill.MinuteGaps.Select(g => g.Date).Distinct().Count();
        await output.WriteLineAsync(fill.MinuteGaps.Count == 0 && fill.MissingDays.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{range.Symbol} {range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd}: no gaps")
            : string.Create(CultureInfo.InvariantCulture,
                $"{range.Symbol} {range.From:yyyy-MM-dd}..{range.To:yyyy-MM-dd}: filled {fill.MinuteGaps.Count - fill.MinuteGapsLeft.Count} of {fill.MinuteGaps.Count} minute gaps on {days} days ({fill.MinutesWritten} minute rows written), {fill.DaysWritten} daily rows written"));
    }

    private static object Json(MinuteGap gap) => new { date = gap.Date, start = gap.Start, end = gap.End, minutes = gap.Minutes };

    private static string Describe(MinuteGap gap)
    {
        TimeOnly start = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(gap.Start, MarketClock.Exchange).DateTime);
        TimeOnly end = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(gap.End, MarketClock.Exchange).DateTime);
        return string.Create(CultureInfo.InvariantCulture, $"{gap.Date:yyyy-MM-dd} {start:HH:mm}-{end:HH:mm} ET: {gap.Minutes} minutes");
    }
}
