using System.Buffers.Text;
using System.Text.Json;

namespace Schwab.Core.Api.Json;

/// <summary>
/// Tolerant number reading: Schwab sends ints and doubles interchangeably (<c>5660</c> / <c>5660.0</c>), exponent
/// form (<c>3.01570298E8</c>), and sometimes numbers as strings (order <c>price</c>).
/// </summary>
internal static class JsonNumbers
{
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetDecimal(out decimal value))
            {
                return value;
            }

            if (Utf8Parser.TryParse(reader.ValueSpan, out value, out int used, 'E') && used == reader.ValueSpan.Length)
            {
                return value;
            }

            // Out of decimal range (e.g. 1E30): saturate instead of failing the whole body.
            return reader.GetDouble() > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            ReadOnlySpan<byte> text = reader.ValueSpan;
            if ((Utf8Parser.TryParse(text, out decimal parsed, out int consumed) && consumed == text.Length)
                || (Utf8Parser.TryParse(text, out parsed, out consumed, 'E') && consumed == text.Length))
            {
                return parsed;
            }
        }

        throw new JsonException($"Expected a number but found {reader.TokenType}.");
    }

    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value))
        {
            return value;
        }

        decimal number = ReadDecimal(ref reader);
        return number switch
        {
            > long.MaxValue => long.MaxValue,
            < long.MinValue => long.MinValue,
            _ => (long)decimal.Truncate(number),
        };
    }

    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        long value = ReadInt64(ref reader);
        return (int)Math.Clamp(value, int.MinValue, int.MaxValue);
    }
}
