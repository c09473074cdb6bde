using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>One account transaction (§2.4); times use a colon-less offset (+0000).</summary>
internal sealed record TransactionDto
{
    public long ActivityId { get; init; }

    public DateTimeOffset? Time { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? AccountNumber { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    public string? SubAccount { get; init; }

    public DateTimeOffset? TradeDate { get; init; }

    public DateTimeOffset? SettlementDate { get; init; }

    public long? PositionId { get; init; }

    public long? OrderId { get; init; }

    public decimal? NetAmount { get; init; }

    public string? Description { get; init; }

    public string? ActivityType { get; init; }

    public List<TransferItemDto>? TransferItems { get; init; }
}
