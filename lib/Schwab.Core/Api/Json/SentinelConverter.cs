using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Json;

/// <summary>Reads a nullable decimal through a <see cref="Sentinels"/> rule that maps "value unavailable" to <see langword="null"/>.</summary>
internal abstract class SentinelConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Map(JsonNumbers.ReadDecimal(ref reader));

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The value, or null when it is the sentinel.</summary>
    protected abstract decimal? Map(decimal value);
}
