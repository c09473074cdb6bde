using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>GET /marketdata/v1/expirationchain (§2.8).</summary>
internal sealed record ExpirationChainDto
{
    public List<ExpirationDto>? ExpirationList { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Status { get; init; }
}
