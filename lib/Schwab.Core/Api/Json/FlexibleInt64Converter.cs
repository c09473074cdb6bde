using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Json;

/// <summary>Reads a long written as <c>35</c>, <c>35.0</c> or <c>3.5E1</c> (fractions are truncated).</summary>
internal sealed class FlexibleInt64Converter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNumbers.ReadInt64(ref reader);

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
