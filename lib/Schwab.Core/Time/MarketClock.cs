using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Domain;

namespace Schwab.Core.Time;

/// <summary>
/// The one place exchange time lives: converts between UTC and New York time across DST, and answers
/// "is the market open" and "when is the next session" from the stored calendar (<c>MARKET_HOURS</c>). With no stored
/// rows for a date it falls back to Monday–Friday 09:30–16:00 ET and says so once.
/// </summary>
internal sealed class MarketClock(MarketHoursStore store, IOptions<MarketHoursOptions> options, TimeProvider time, ILogger<MarketClock> logger)
{
    /// <summary>The exchange's zone.</summary>
    public static readonly TimeZoneInfo Exchange = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private int _fallbackReported;

    /// <summary>Now, from the injected clock.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The exchange date of <paramref name="instant"/>.</summary>
    public static DateOnly ExchangeDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Exchange).DateTime);

    /// <summary>The instant of <paramref name="timeOfDay"/> on <paramref name="date"/> in exchange time (the right offset on DST days).</summary>
    public static DateTimeOffset AtExchangeTime(DateOnly date, TimeOnly timeOfDay)
    {
        DateTime local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Exchange.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The trading day of <paramref name="date"/> for <paramref name="market"/> (<c>equity</c> or <c>option</c>).</summary>
    public async Task<TradingDay> GetDayAsync(DateOnly date, CancellationToken cancellationToken, string market = "equity")
    {
        IReadOnlyList<MarketHours> rows = await store.GetAsync(date, market, cancellationToken);
        if (rows.Count == 0)
        {
            return Fallback(date);
        }

        MarketHours? open = rows.Where(r => r.IsOpen && r.Sessions.Any(s => s.Kind == MarketSessionKind.Regular))
            .OrderBy(r => r.Product is "EQ" or "IND" ? 0 : 1).FirstOrDefault();
        if (open is null)
        {
            return new TradingDay(date, false, null, null, null, FromCalendar: true);
        }

        SessionWindow? Window(MarketSessionKind kind) =>
            open.Sessions.FirstOrDefault(s => s.Kind == kind) is { } s ? new SessionWindow(s.Start.ToUniversalTime(), s.End.ToUniversalTime()) : null;
        return new TradingDay(date, true, Window(MarketSessionKind.Regular), Window(MarketSessionKind.PreMarket), Window(MarketSessionKind.PostMarket), FromCalendar: true);
    }

    /// <summary>The regular session that contains <paramref name="instant"/> or comes next (searching two weeks ahead), or null.</summary>
    public async Task<TradingDay?> CurrentOrNextSessionAsync(DateTimeOffset instant, CancellationToken cancellationToken, string market = "equity")
    {
        DateOnly date = ExchangeDate(instant);
        for (int i = 0; i < 14; i++)
        {
            TradingDay day = await GetDayAsync(date.AddDays(i), cancellationToken, market);
            if (day.IsOpen && day.Regular!.End > instant)
            {
                return day;
            }
        }

        return null;
    }

    private TradingDay Fallback(DateOnly date)
    {
        if (Interlocked.Exchange(ref _fallbackReported, 1) == 0)
        {
            Log.MarketHoursFallback(logger, date);
        }

        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return new TradingDay(date, false, null, null, null, FromCalendar: false);
        }

        MarketHoursOptions o = options.Value;
        var regular = new SessionWindow(AtExchangeTime(date, o.FallbackOpen), AtExchangeTime(date, o.FallbackClose));
        return new TradingDay(date, true, regular, null, null, FromCalendar: false);
    }
}
