using Schwab.Core.Domain;

namespace Schwab.Core.Data;

/// <summary>The column form of one <see cref="MarketHours"/> (one session of each kind at most, as Schwab sends them).</summary>
internal sealed class MarketHoursRow
{
    public DateOnly MarketDate { get; set; }

    public string Market { get; set; } = "";

    public string Product { get; set; } = "";

    public string? ProductName { get; set; }

    public bool IsOpen { get; set; }

    public DateTimeOffset? PreMarketStart { get; set; }

    public DateTimeOffset? PreMarketEnd { get; set; }

    public DateTimeOffset? RegularStart { get; set; }

    public DateTimeOffset? RegularEnd { get; set; }

    public DateTimeOffset? PostMarketStart { get; set; }

    public DateTimeOffset? PostMarketEnd { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static MarketHoursRow From(MarketHours day, DateTimeOffset updatedAt)
    {
        MarketSession? Session(MarketSessionKind kind) => day.Sessions.FirstOrDefault(s => s.Kind == kind);
        return new MarketHoursRow
        {
            MarketDate = day.Date,
            Market = day.Market,
            Product = day.Product,
            ProductName = day.ProductName,
            IsOpen = day.IsOpen,
            PreMarketStart = Session(MarketSessionKind.PreMarket)?.Start,
            PreMarketEnd = Session(MarketSessionKind.PreMarket)?.End,
            RegularStart = Session(MarketSessionKind.Regular)?.Start,
            RegularEnd = Session(MarketSessionKind.Regular)?.End,
            PostMarketStart = Session(MarketSessionKind.PostMarket)?.Start,
            PostMarketEnd = Session(MarketSessionKind.PostMarket)?.End,
            UpdatedAt = updatedAt,
        };
    }

    public MarketHours ToDomain()
    {
        var sessions = new List<MarketSession>();
        void Add(MarketSessionKind kind, DateTimeOffset? start, DateTimeOffset? end)
        {
            if (start is { } s && end is { } e)
            {
                sessions.Add(new MarketSession { Kind = kind, Start = s, End = e });
            }
        }

        Add(MarketSessionKind.PreMarket, PreMarketStart, PreMarketEnd);
        Add(MarketSessionKind.Regular, RegularStart, RegularEnd);
        Add(MarketSessionKind.PostMarket, PostMarketStart, PostMarketEnd);
        return new MarketHours { Date = MarketDate, Market = Market, Product = Product, ProductName = ProductName, IsOpen = IsOpen, Sessions = sessions };
    }
}
