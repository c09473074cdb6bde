using System.Text.Json;
using System.Text.Json.Serialization;
using Schwab.Core.Api.Models;

namespace Schwab.Core.Api.Json;

/// <summary>
/// Reads an <c>errors</c> array whose items are objects (market data: id/status/title/detail) or plain strings
/// (trader <c>ServiceError</c>); a string becomes an item with only <see cref="ErrorItemDto.Detail"/>.
/// </summary>
internal sealed class ErrorItemListConverter : JsonConverter<List<ErrorItemDto>>
{
    public override List<ErrorItemDto>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var items = new List<ErrorItemDto>();
        if (reader.TokenType == JsonTokenType.String)
        {
            items.Add(new ErrorItemDto { Detail = reader.GetString() });
            return items;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return items;
        }

        var itemInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ErrorItemDto>)options.GetTypeInfo(typeof(ErrorItemDto));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    items.Add(new ErrorItemDto { Detail = reader.GetString() });
                    break;
                case JsonTokenType.StartObject:
                    items.Add(JsonSerializer.Deserialize(ref reader, itemInfo) ?? new ErrorItemDto());
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, List<ErrorItemDto> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Error bodies are never written.");
}
