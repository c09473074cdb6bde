using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>
/// The /quotes body: a map keyed by the requested symbol, plus an optional <c>errors</c> key listing unknown symbols
/// (still HTTP 200), §2.7.
/// </summary>
[JsonConverter(typeof(QuoteResponseConverter))]
internal sealed record QuoteResponseDto
{
    public Dictionary<string, QuoteEntryDto> Quotes { get; init; } = new(StringComparer.Ordinal);

    public QuoteErrorsDto? Errors { get; init; }
}
