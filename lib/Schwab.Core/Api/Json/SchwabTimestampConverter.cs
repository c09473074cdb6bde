using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Json;

/// <summary>
/// Reads a <see cref="DateTimeOffset"/> from any Schwab timestamp string (see <see cref="SchwabTimestamps"/>) or from an
/// epoch-millisecond number; always yields UTC.
/// </summary>
internal sealed class SchwabTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(JsonNumbers.ReadInt64(ref reader));
        }

        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null && SchwabTimestamps.TryParse(text, out DateTimeOffset value)
            ? value
            : throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a Schwab timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
}
