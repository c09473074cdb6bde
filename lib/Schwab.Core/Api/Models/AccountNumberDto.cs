using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>One entry of GET /trader/v1/accounts/accountNumbers (§2.2).</summary>
internal sealed record AccountNumberDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AccountNumber { get; init; }

    public string? HashValue { get; init; }
}
