using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schwab.Cli.Output;

/// <summary>Writes a command's results: aligned text for people, or newline-delimited JSON with <c>--json</c> and nothing else on stdout.</summary>
internal sealed class CommandOutput(TextWriter writer, bool json)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public bool IsJson => json;

    /// <summary>Writes one JSON object per line (with <c>--json</c>).</summary>
    public Task WriteJsonAsync<T>(T value) => writer.WriteLineAsync(JsonSerializer.Serialize(value, s_json));

    /// <summary>Writes a line of text (without <c>--json</c>).</summary>
    public Task WriteLineAsync(string line) => writer.WriteLineAsync(line);
}
