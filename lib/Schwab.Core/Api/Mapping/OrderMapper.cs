using System.Text.Json;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Mapping;

/// <summary>Maps order and transaction DTOs to domain types, keeping each element's raw JSON for the audit tables.</summary>
internal static class OrderMapper
{
    /// <summary>Maps one order element; child orders keep their own raw JSON (unknown fields included).</summary>
    public static Order ToOrder(JsonElement element)
    {
        OrderDto dto = element.Deserialize(SchwabJsonContext.Default.OrderDto) ?? new OrderDto();
        IReadOnlyList<Order> children = element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("childOrderStrategies", out JsonElement list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(ToOrder)]
                : [];
        return ToOrder(dto, element.GetRawText(), children);
    }

    private static Order ToOrder(OrderDto o, string rawJson, IReadOnlyList<Order> children) => new()
    {
        OrderId = o.OrderId ?? 0,
        Status = o.Status,
        StatusDescription = o.StatusDescription,
        EnteredTime = o.EnteredTime,
        CloseTime = o.CloseTime,
        OrderType = o.OrderType,
        Session = o.Session,
        Duration = o.Duration,
        OrderStrategyType = o.OrderStrategyType,
        ComplexOrderStrategyType = o.ComplexOrderStrategyType,
        Price = o.Price,
        StopPrice = o.StopPrice,
        Quantity = o.Quantity,
        FilledQuantity = o.FilledQuantity,
        RemainingQuantity = o.RemainingQuantity,
        Cancelable = o.Cancelable,
        Editable = o.Editable,
        Tag = o.Tag,
        Legs = [.. (o.OrderLegCollection ?? []).Select(ToLeg)],
        Activities = [.. (o.OrderActivityCollection ?? []).Select(ToActivity)],
        ChildOrders = children,
        RawJson = rawJson,
    };

    public static AccountTransaction ToTransaction(JsonElement element)
    {
        TransactionDto t = element.Deserialize(SchwabJsonContext.Default.TransactionDto) ?? new TransactionDto();
        return new AccountTransaction
        {
            ActivityId = t.ActivityId,
            Time = t.Time,
            Type = t.Type,
            Status = t.Status,
            SubAccount = t.SubAccount,
            TradeDate = t.TradeDate,
            SettlementDate = t.SettlementDate,
            PositionId = t.PositionId,
            OrderId = t.OrderId,
            NetAmount = t.NetAmount,
            Description = t.Description,
            TransferItems = [.. (t.TransferItems ?? []).Select(ToTransferItem)],
            RawJson = element.GetRawText(),
        };
    }

    private static OrderLeg ToLeg(OrderLegDto l) => new()
    {
        LegId = l.LegId,
        OrderLegType = l.OrderLegType,
        Symbol = l.Instrument?.Symbol,
        AssetType = l.Instrument?.AssetType,
        Description = l.Instrument?.Description,
        PutCall = l.Instrument?.PutCall,
        UnderlyingSymbol = l.Instrument?.UnderlyingSymbol,
        Instruction = l.Instruction,
        PositionEffect = l.PositionEffect,
        Quantity = l.Quantity,
    };

    private static OrderActivity ToActivity(OrderActivityDto a) => new()
    {
        ActivityType = a.ActivityType,
        ActivityId = a.ActivityId,
        ExecutionType = a.ExecutionType,
        Quantity = a.Quantity,
        OrderRemainingQuantity = a.OrderRemainingQuantity,
        ExecutionLegs = [.. (a.ExecutionLegs ?? []).Select(e => new ExecutionLeg
        {
            LegId = e.LegId,
            Price = e.Price,
            Quantity = e.Quantity,
            MismarkedQuantity = e.MismarkedQuantity,
            InstrumentId = e.InstrumentId,
            Time = e.Time,
        })],
    };

    private static TransferItem ToTransferItem(TransferItemDto i) => new()
    {
        Symbol = i.Instrument?.Symbol,
        AssetType = i.Instrument?.AssetType,
        Description = i.Instrument?.Description,
        Amount = i.Amount,
        Cost = i.Cost,
        Price = i.Price,
        FeeType = i.FeeType,
        PositionEffect = i.PositionEffect,
    };
}
