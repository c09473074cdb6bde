using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>The securitiesAccount block (§2.3).</summary>
internal sealed record SecuritiesAccountDto
{
    public string? Type { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AccountNumber { get; init; }

    public int? RoundTrips { get; init; }

    public bool? IsDayTrader { get; init; }

    public bool? IsClosingOnlyRestricted { get; init; }

    public bool? PfcbFlag { get; init; }

    public List<PositionDto>? Positions { get; init; }

    public BalancesDto? InitialBalances { get; init; }

    public BalancesDto? CurrentBalances { get; init; }

    public BalancesDto? ProjectedBalances { get; init; }
}
