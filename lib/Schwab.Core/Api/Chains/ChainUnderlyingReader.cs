using System.Text.Json;
using Schwab.Core.Api.Json;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Chains;

/// <summary>Reads a chain's <c>underlying</c> block (includeUnderlyingQuote=true) into a <see cref="Quote"/>.</summary>
internal static class ChainUnderlyingReader
{
    /// <summary>Reads the block; <paramref name="reader"/> is on its StartObject and the whole block is buffered.</summary>
    public static Quote Read(ref Utf8JsonReader reader)
    {
        var q = new Quote();
        int depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            Utf8JsonReader name = reader;
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                OptionContractReader.SkipBuffered(ref reader);
                continue;
            }

            q = Apply(q, ref name, ref reader);
        }

        return q;
    }

    private static Quote Apply(Quote q, ref Utf8JsonReader name, ref Utf8JsonReader v)
    {
        if (v.TokenType == JsonTokenType.Null)
        {
            return q;
        }

        bool number = v.TokenType == JsonTokenType.Number;
        return name switch
        {
            _ when name.ValueTextEquals("symbol"u8) => q with { Symbol = v.GetString() ?? "" },
            _ when name.ValueTextEquals("description"u8) => q with { Description = v.GetString() },
            _ when name.ValueTextEquals("change"u8) && number => q with { NetChange = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("percentChange"u8) && number => q with { NetPercentChange = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("close"u8) && number => q with { Close = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("quoteTime"u8) && number => q with { QuoteTime = Sentinels.EpochMilliseconds(JsonNumbers.ReadInt64(ref v)) },
            _ when name.ValueTextEquals("tradeTime"u8) && number => q with { TradeTime = Sentinels.EpochMilliseconds(JsonNumbers.ReadInt64(ref v)) },
            _ when name.ValueTextEquals("bid"u8) && number => q with { Bid = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("ask"u8) && number => q with { Ask = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("last"u8) && number => q with { Last = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("mark"u8) && number => q with { Mark = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("bidSize"u8) && number => q with { BidSize = JsonNumbers.ReadInt64(ref v) },
            _ when name.ValueTextEquals("askSize"u8) && number => q with { AskSize = JsonNumbers.ReadInt64(ref v) },
            _ when name.ValueTextEquals("highPrice"u8) && number => q with { High = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("lowPrice"u8) && number => q with { Low = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("openPrice"u8) && number => q with { Open = JsonNumbers.ReadDecimal(ref v) },
            _ when name.ValueTextEquals("totalVolume"u8) && number => q with { TotalVolume = JsonNumbers.ReadInt64(ref v) },
            _ when name.ValueTextEquals("delayed"u8) => q with { Realtime = v.TokenType == JsonTokenType.False },
            _ => q,
        };
    }
}
