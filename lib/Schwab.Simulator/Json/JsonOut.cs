using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Schwab.Simulator.Json;

/// <summary>Writes bodies with <see cref="Utf8JsonWriter"/> in Schwab's number and time formats.</summary>
internal static class JsonOut
{
    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        // Schwab writes '+' and '&' literally ("+0000", "S&P 500 INDEX"); the default encoder would escape them.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A decimal with trailing zeros removed but at least one decimal place (<c>76.0</c>, <c>76.7</c>), as Schwab writes prices.</summary>
    public static void Number(this Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.NumberValue(value);
    }

    public static void NumberValue(this Utf8JsonWriter writer, decimal value)
    {
        // "0.0###…" keeps one decimal place and drops trailing zeros (76.0, 76.7, 0.05) without allocating.
        Span<byte> utf8 = stackalloc byte[64];
        if (value.TryFormat(utf8, out int written, DecimalFormat, CultureInfo.InvariantCulture))
        {
            writer.WriteRawValue(utf8[..written], skipInputValidation: true);
        }
        else
        {
            writer.WriteRawValue(Format(value), skipInputValidation: true);
        }
    }

    private const string DecimalFormat = "0.0###########################";

    /// <summary>A double with at least one decimal place (<c>-999.0</c>, <c>0.509</c>).</summary>
    public static void Number(this Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(Format(value), skipInputValidation: true);
    }

    public static string Format(decimal value)
    {
        string text = (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    public static string Format(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>Trader-API time: <c>2025-01-14T05:15:12+0000</c> (colon-less offset, schwab-api.md §2.4).</summary>
    public static string TraderTime(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";

    public static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();
}
