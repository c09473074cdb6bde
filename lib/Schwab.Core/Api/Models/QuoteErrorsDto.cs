using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Models;

/// <summary>The errors key of a /quotes body: symbols that do not exist (still HTTP 200).</summary>
internal sealed record QuoteErrorsDto
{
    public List<string>? InvalidSymbols { get; init; }

    public List<string>? InvalidCusips { get; init; }

    [JsonPropertyName("invalidSSIDs")]
    public List<string>? InvalidSSIDs { get; init; }
}
