using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>One account of the user preference.</summary>
internal sealed record UserPreferenceAccountDto
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AccountNumber { get; init; }

    public bool? PrimaryAccount { get; init; }

    public string? Type { get; init; }

    public string? NickName { get; init; }

    public string? AccountColor { get; init; }

    public string? DisplayAcctId { get; init; }

    public bool? AutoPositionEffect { get; init; }

    public string? LotSelectionMethod { get; init; }
}
