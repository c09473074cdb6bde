using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>An order as returned by the orders endpoints (§2.13), including child and replacing orders.</summary>
internal sealed record OrderDto
{
    public string? Session { get; init; }

    public string? Duration { get; init; }

    public string? OrderType { get; init; }

    public DateTimeOffset? CancelTime { get; init; }

    public string? ComplexOrderStrategyType { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? FilledQuantity { get; init; }

    public decimal? RemainingQuantity { get; init; }

    public string? RequestedDestination { get; init; }

    public string? DestinationLinkName { get; init; }

    public DateTimeOffset? ReleaseTime { get; init; }

    public decimal? StopPrice { get; init; }

    public string? StopPriceLinkBasis { get; init; }

    public string? StopPriceLinkType { get; init; }

    public decimal? StopPriceOffset { get; init; }

    public string? StopType { get; init; }

    public string? PriceLinkBasis { get; init; }

    public string? PriceLinkType { get; init; }

    public decimal? Price { get; init; }

    public string? TaxLotMethod { get; init; }

    public List<OrderLegDto>? OrderLegCollection { get; init; }

    public decimal? ActivationPrice { get; init; }

    public string? SpecialInstruction { get; init; }

    public string? OrderStrategyType { get; init; }

    public long? OrderId { get; init; }

    public bool? Cancelable { get; init; }

    public bool? Editable { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? EnteredTime { get; init; }

    public DateTimeOffset? CloseTime { get; init; }

    public string? Tag { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AccountNumber { get; init; }

    public List<OrderActivityDto>? OrderActivityCollection { get; init; }

    public List<OrderDto>? ReplacingOrderCollection { get; init; }

    public List<OrderDto>? ChildOrderStrategies { get; init; }

    public string? StatusDescription { get; init; }
}
