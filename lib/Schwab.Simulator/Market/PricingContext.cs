namespace Schwab.Simulator.Market;

/// <summary>Everything about the underlying that pricing an option at one instant needs, computed once per request or tick.</summary>
internal sealed record PricingContext(
    DateTimeOffset At, DateTimeOffset Effective, DateOnly Today, double Spot, double Vix,
    DateTimeOffset PreviousClose, double SpotAtClose, double VixAtClose,
    DateTimeOffset? OpenTime, double SpotAtOpen, double VixAtOpen, double SessionFraction)
{
    public const double Rate = 0.0425;

    public static PricingContext Create(UnderlyingModel model, MarketCalendar calendar, DateTimeOffset at)
    {
        var spx = InstrumentInfo.Known["$SPX"];
        var vix = InstrumentInfo.Known["$VIX"];
        var eff = model.EffectiveInstant(spx, at);
        var day = calendar.QuoteDay(at);
        var prevEnd = calendar.PreviousOpenDay(day.Date).RegularEnd!.Value.AddMilliseconds(-1);
        var open = day.RegularStart!.Value;
        double fraction = Math.Clamp((eff - open).TotalMinutes / (day.RegularEnd!.Value - open).TotalMinutes, 0, 1);
        return new PricingContext(at, eff, ExchangeTime.DateOf(at),
            (double)model.RawPrice(spx, eff), (double)model.RawPrice(vix, eff) / 100,
            prevEnd, (double)model.RawPrice(spx, prevEnd), (double)model.RawPrice(vix, prevEnd) / 100,
            open, (double)model.RawPrice(spx, open), (double)model.RawPrice(vix, open) / 100, fraction);
    }
}
