using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>Every JSON error body shape of §3.2 and §1.6: errors[] (objects or strings), message, OAuth error/error_description, gateway fault.</summary>
internal sealed record ErrorResponseDto
{
    [JsonConverter(typeof(ErrorItemListConverter))]
    public List<ErrorItemDto>? Errors { get; init; }

    public string? Message { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }

    public FaultDto? Fault { get; init; }
}
