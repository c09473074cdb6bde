using System.Text.Json;
using Schwab.Core.Api.Json;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Chains;

/// <summary>
/// Reads one contract object of a chain into an <see cref="OptionContract"/>: one allocation per contract plus its
/// symbol; the short repeating strings (root, settlement, expiration type) are shared.
/// </summary>
internal sealed class OptionContractReader
{
    private readonly StringCache _root = new();
    private readonly StringCache _settlement = new();
    private readonly StringCache _expirationType = new();
    private readonly StringCache _exerciseType = new();

    public int Count { get; private set; }

    /// <summary>Reads the contract; <paramref name="r"/> is on its StartObject and the whole object is buffered.</summary>
    public OptionContract Read(ref Utf8JsonReader r, OptionChainTopLevel top, PutCall side, DateOnly expiry, int dte, decimal strikeKey)
    {
        Span<char> name = stackalloc char[40];
        string symbol = "";
        PutCall putCall = side;
        decimal strike = strikeKey;
        decimal? bid = null, ask = null, last = null, mark = null, iv = null, delta = null, gamma = null, theta = null, vega = null, rho = null, theo = null;
        decimal? high = null, low = null, open = null, close = null, netChange = null, theoVol = null, timeValue = null, intrinsic = null, extrinsic = null, multiplier = null;
        bool? inTheMoney = null;
        DateOnly? lastTradingDay = null;
        long? bidSize = null, askSize = null, lastSize = null, volume = null, openInterest = null;
        DateTimeOffset? quoteTime = null, tradeTime = null;
        string? root = null, settlement = null, expirationType = null, exerciseType = null;
        int depth = r.CurrentDepth;
        while (r.Read() && r.CurrentDepth > depth)
        {
            int length = r.ValueSpan.Length <= name.Length ? r.CopyString(name) : 0;
            r.Read();
            if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                SkipBuffered(ref r);
                continue;
            }

            if (r.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            switch (name[..length])
            {
                case "putCall": putCall = r.ValueTextEquals("PUT"u8) ? PutCall.Put : PutCall.Call; break;
                case "symbol": symbol = r.GetString() ?? ""; break;
                case "bid": bid = JsonNumbers.ReadDecimal(ref r); break;
                case "ask": ask = JsonNumbers.ReadDecimal(ref r); break;
                case "last": last = JsonNumbers.ReadDecimal(ref r); break;
                case "mark": mark = JsonNumbers.ReadDecimal(ref r); break;
                case "bidSize": bidSize = JsonNumbers.ReadInt64(ref r); break;
                case "askSize": askSize = JsonNumbers.ReadInt64(ref r); break;
                case "lastSize": lastSize = JsonNumbers.ReadInt64(ref r); break;
                case "totalVolume": volume = JsonNumbers.ReadInt64(ref r); break;
                case "openInterest": openInterest = JsonNumbers.ReadInt64(ref r); break;
                case "quoteTimeInLong": quoteTime = Sentinels.EpochMilliseconds(JsonNumbers.ReadInt64(ref r)); break;
                case "tradeTimeInLong": tradeTime = Sentinels.EpochMilliseconds(JsonNumbers.ReadInt64(ref r)); break;
                case "volatility": iv = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "delta": delta = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "gamma": gamma = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "theta": theta = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "vega": vega = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "rho": rho = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "theoreticalOptionValue": theo = Sentinels.TheoreticalValue(JsonNumbers.ReadDecimal(ref r)); break;
                case "strikePrice": strike = JsonNumbers.ReadDecimal(ref r); break;
                case "daysToExpiration": dte = JsonNumbers.ReadInt32(ref r); break;
                case "optionRoot": root = _root.Get(ref r); break;
                case "settlementType": settlement = _settlement.Get(ref r); break;
                case "expirationType": expirationType = _expirationType.Get(ref r); break;
                case "exerciseType": exerciseType = _exerciseType.Get(ref r); break;
                case "highPrice": high = JsonNumbers.ReadDecimal(ref r); break;
                case "lowPrice": low = JsonNumbers.ReadDecimal(ref r); break;
                case "openPrice": open = JsonNumbers.ReadDecimal(ref r); break;
                case "closePrice": close = JsonNumbers.ReadDecimal(ref r); break;
                case "netChange": netChange = JsonNumbers.ReadDecimal(ref r); break;
                case "theoreticalVolatility": theoVol = Sentinels.Greek(JsonNumbers.ReadDecimal(ref r)); break;
                case "timeValue": timeValue = JsonNumbers.ReadDecimal(ref r); break;
                case "intrinsicValue": intrinsic = JsonNumbers.ReadDecimal(ref r); break;
                case "extrinsicValue": extrinsic = JsonNumbers.ReadDecimal(ref r); break;
                case "multiplier": multiplier = JsonNumbers.ReadDecimal(ref r); break;
                case "inTheMoney": inTheMoney = r.TokenType == JsonTokenType.True ? true : r.TokenType == JsonTokenType.False ? false : null; break;
                case "lastTradingDay": lastTradingDay = Sentinels.ExchangeDate(JsonNumbers.ReadInt64(ref r)); break;
            }
        }

        Count++;
        return new OptionContract
        {
            Underlying = top.UnderlyingSymbol,
            Symbol = symbol,
            PutCall = putCall,
            Expiration = expiry,
            DaysToExpiration = dte,
            Strike = strike,
            Bid = bid,
            Ask = ask,
            Last = last,
            Mark = mark,
            BidSize = bidSize,
            AskSize = askSize,
            LastSize = lastSize,
            Volume = volume,
            OpenInterest = openInterest,
            Volatility = iv,
            Delta = delta,
            Gamma = gamma,
            Theta = theta,
            Vega = vega,
            Rho = rho,
            TheoreticalValue = theo,
            QuoteTime = quoteTime,
            TradeTime = tradeTime,
            UnderlyingPrice = top.UnderlyingPrice,
            SettlementType = settlement,
            ExpirationType = expirationType,
            OptionRoot = root,
            HighPrice = high,
            LowPrice = low,
            OpenPrice = open,
            ClosePrice = close,
            NetChange = netChange,
            TheoreticalVolatility = theoVol,
            TimeValue = timeValue,
            IntrinsicValue = intrinsic,
            ExtrinsicValue = extrinsic,
            InTheMoney = inTheMoney,
            Multiplier = multiplier,
            LastTradingDay = lastTradingDay,
            ExerciseType = exerciseType,
        };
    }

    /// <summary>Skips a value known to be wholly buffered (<see cref="Utf8JsonReader.Skip"/> refuses partial readers).</summary>
    internal static void SkipBuffered(ref Utf8JsonReader r)
    {
        if (!r.TrySkip())
        {
            throw new JsonException("a value ended before it was complete");
        }
    }
}
