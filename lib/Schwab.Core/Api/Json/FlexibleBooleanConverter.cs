using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Json;

/// <summary>Reads a boolean sent as <c>true</c>, a number (non-zero = true) or a string (<c>isInCall</c> is typed as a number in the spec).</summary>
internal sealed class FlexibleBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number => JsonNumbers.ReadDecimal(ref reader) != 0,
            JsonTokenType.String => bool.TryParse(reader.GetString(), out bool value) ? value : reader.GetString() is "1",
            _ => throw new JsonException($"Expected a boolean but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteBooleanValue(value);
}
