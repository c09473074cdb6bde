using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Json;

/// <summary>Maps the theoretical-value sentinels <c>-1.0</c> and <c>-999.0</c> to <see langword="null"/>.</summary>
internal sealed class TheoreticalValueConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Sentinels.TheoreticalValue(JsonNumbers.ReadDecimal(ref reader));

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
}
