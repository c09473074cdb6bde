using Schwab.Core.Api.Json;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Mapping;

/// <summary>Maps market-data DTOs (quotes, price history, market hours, expirations) to domain types.</summary>
internal static class MarketDataMapper
{
    public static QuoteSet ToQuoteSet(QuoteResponseDto dto) => new()
    {
        Quotes = dto.Quotes.ToDictionary(kv => kv.Key, kv => ToQuote(kv.Key, kv.Value), StringComparer.Ordinal),
        InvalidSymbols = [.. dto.Errors?.InvalidSymbols ?? [], .. dto.Errors?.InvalidCusips ?? [], .. dto.Errors?.InvalidSSIDs ?? []],
    };

    public static Quote ToQuote(string key, QuoteEntryDto e)
    {
        QuoteBlockDto q = e.Quote ?? new QuoteBlockDto();
        return new Quote
        {
            Symbol = e.Symbol ?? key,
            AssetType = e.AssetMainType,
            Description = e.Reference?.Description,
            Bid = q.BidPrice,
            Ask = q.AskPrice,
            Last = q.LastPrice,
            Mark = q.Mark,
            BidSize = q.BidSize,
            AskSize = q.AskSize,
            LastSize = q.LastSize,
            Open = q.OpenPrice,
            High = q.HighPrice,
            Low = q.LowPrice,
            Close = q.ClosePrice,
            NetChange = q.NetChange,
            NetPercentChange = q.NetPercentChange,
            TotalVolume = q.TotalVolume,
            QuoteTime = q.QuoteTime is { } qt ? Sentinels.EpochMilliseconds(qt) : null,
            TradeTime = q.TradeTime is { } tt ? Sentinels.EpochMilliseconds(tt) : null,
            SecurityStatus = q.SecurityStatus,
            Realtime = e.Realtime,
            Volatility = q.Volatility,
            Delta = q.Delta,
            Gamma = q.Gamma,
            Theta = q.Theta,
            Vega = q.Vega,
            Rho = q.Rho,
            OpenInterest = q.OpenInterest,
            TheoreticalValue = q.TheoreticalOptionValue,
            UnderlyingPrice = q.UnderlyingPrice,
        };
    }

    public static PriceHistory ToPriceHistory(PriceHistoryDto dto, string requestedSymbol)
    {
        string symbol = dto.Symbol ?? requestedSymbol;
        return new PriceHistory
        {
            Symbol = symbol,
            Candles = [.. (dto.Candles ?? []).Select(c => new Candle
            {
                Symbol = symbol,
                Time = DateTimeOffset.FromUnixTimeMilliseconds(c.Datetime),
                Open = c.Open,
                High = c.High,
                Low = c.Low,
                Close = c.Close,
                Volume = c.Volume,
            })],
            PreviousClose = dto.PreviousClose,
            PreviousCloseDate = dto.PreviousCloseDate is { } d ? Sentinels.EpochMilliseconds(d) : null,
        };
    }

    public static IReadOnlyList<MarketHours> ToMarketHours(Dictionary<string, Dictionary<string, MarketHoursProductDto>> dto, DateOnly? requestedDate) =>
        [.. from market in dto
            from product in market.Value
            select new MarketHours
            {
                Date = product.Value.Date ?? requestedDate ?? default,
                Market = market.Key,
                Product = product.Value.Product ?? product.Key,
                ProductName = product.Value.ProductName,
                IsOpen = product.Value.IsOpen,
                Sessions = Sessions(product.Value.SessionHours),
            }];

    public static IReadOnlyList<OptionExpiration> ToExpirations(ExpirationChainDto dto) =>
        [.. (dto.ExpirationList ?? []).Where(e => e.ExpirationDate is not null).Select(e => new OptionExpiration
        {
            Date = e.ExpirationDate!.Value,
            DaysToExpiration = e.DaysToExpiration ?? 0,
            ExpirationType = e.ExpirationType,
            SettlementType = e.SettlementType,
            OptionRoots = e.OptionRoots,
            Standard = e.Standard,
        })];

    private static IReadOnlyList<MarketSession> Sessions(SessionHoursDto? hours) => hours is null ? [] :
        [.. Of(hours.PreMarket, MarketSessionKind.PreMarket), .. Of(hours.RegularMarket, MarketSessionKind.Regular), .. Of(hours.PostMarket, MarketSessionKind.PostMarket)];

    private static IEnumerable<MarketSession> Of(List<SessionIntervalDto>? intervals, MarketSessionKind kind) =>
        (intervals ?? []).Select(i => new MarketSession { Kind = kind, Start = i.Start.ToUniversalTime(), End = i.End.ToUniversalTime() });
}
