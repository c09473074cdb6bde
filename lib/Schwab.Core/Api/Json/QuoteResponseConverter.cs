using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Schwab.Core.Api.Models;

namespace Schwab.Core.Api.Json;

/// <summary>Splits the /quotes map into symbol entries and the <c>errors</c> key, whose shape differs.</summary>
internal sealed class QuoteResponseConverter : JsonConverter<QuoteResponseDto>
{
    public override QuoteResponseDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected the quotes map (an object) but found {reader.TokenType}.");
        }

        var entryInfo = (JsonTypeInfo<QuoteEntryDto>)options.GetTypeInfo(typeof(QuoteEntryDto));
        var errorsInfo = (JsonTypeInfo<QuoteErrorsDto>)options.GetTypeInfo(typeof(QuoteErrorsDto));
        var quotes = new Dictionary<string, QuoteEntryDto>(StringComparer.Ordinal);
        QuoteErrorsDto? errors = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = reader.GetString()!;
            reader.Read();
            if (key == "errors")
            {
                errors = JsonSerializer.Deserialize(ref reader, errorsInfo);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                quotes[key] = JsonSerializer.Deserialize(ref reader, entryInfo)!;
            }
            else
            {
                reader.Skip();
            }
        }

        return new QuoteResponseDto { Quotes = quotes, Errors = errors };
    }

    public override void Write(Utf8JsonWriter writer, QuoteResponseDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Quote bodies are never written.");
}
