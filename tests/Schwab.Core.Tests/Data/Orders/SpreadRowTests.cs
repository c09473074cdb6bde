using Schwab.Core.Data.Orders;
using Schwab.Core.Domain;

namespace Schwab.Core.Tests.Data.Orders;

public sealed class SpreadRowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_FilledVerticalInTwoFills_AveragesTheNetCreditByFillQuantity()
    {
        Order order = Vertical("FILLED", Fill(1, 1, 3.10m, 1.60m), Fill(2, 3, 3.00m, 1.70m));

        SpreadRow spread = SpreadRow.From(order, "HASH", Now)!;

        // (1 × 1.50 + 3 × 1.30) / 4 = 1.35 credit.
        Assert.Equal(1.35m, spread.NetPrice);
        Assert.Equal(("VERTICAL", 4m, "PUT", "OPENING"), (spread.Strategy, spread.Quantity, spread.PutCall, spread.PositionEffect));
        Assert.Equal(("SPXW  260302P05800000", "SPXW  260302P05790000"), (spread.ShortSymbol, spread.LongSymbol));
        Assert.Equal((5800m, 5790m, new DateOnly(2026, 3, 2)), (spread.ShortStrike, spread.LongStrike, spread.Expiration));
    }

    [Fact]
    public void From_WorkingOrder_IsNull() => Assert.Null(SpreadRow.From(Vertical("WORKING"), "HASH", Now));

    [Fact]
    public void From_FilledOcoParentWithoutLegs_IsNull() =>
        Assert.Null(SpreadRow.From(new Order { OrderId = 2, Status = "FILLED", OrderStrategyType = "OCO" }, "HASH", Now));

    private static Order Vertical(string status, params OrderActivity[] fills) => new()
    {
        OrderId = 1,
        Status = status,
        ComplexOrderStrategyType = "VERTICAL",
        Quantity = 4,
        FilledQuantity = fills.Sum(f => f.Quantity ?? 0),
        Legs =
        [
            new OrderLeg { LegId = 1, Symbol = "SPXW  260302P05800000", Instruction = "SELL_TO_OPEN", PositionEffect = "OPENING", Quantity = 4, PutCall = "PUT" },
            new OrderLeg { LegId = 2, Symbol = "SPXW  260302P05790000", Instruction = "BUY_TO_OPEN", PositionEffect = "OPENING", Quantity = 4, PutCall = "PUT" },
        ],
        Activities = fills,
    };

    private static OrderActivity Fill(long id, decimal quantity, decimal shortPrice, decimal longPrice) => new()
    {
        ActivityId = id,
        ActivityType = "EXECUTION",
        Quantity = quantity,
        ExecutionLegs =
        [
            new ExecutionLeg { LegId = 1, Price = shortPrice, Quantity = quantity },
            new ExecutionLeg { LegId = 2, Price = longPrice, Quantity = quantity },
        ],
    };
}
