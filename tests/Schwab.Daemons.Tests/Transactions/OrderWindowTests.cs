using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data.Orders;
using Schwab.Daemons.Transactions;

namespace Schwab.Daemons.Tests.Transactions;

public sealed class OrderWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);
    private static readonly TransactionsOptions Options = new();

    [Fact]
    public void Next_NothingSeen_LooksBackTheInitialLookback() =>
        Assert.Equal((Now - TimeSpan.FromHours(24), Now), OrderWindow.Next(Now, new OrderCursor(null, null), null, Options));

    [Fact]
    public void Next_StoredOrdersOnly_StartsAtTheNewestEnteredMinusOverlap() =>
        Assert.Equal((Now.AddHours(-2).AddMinutes(-5), Now), OrderWindow.Next(Now, new OrderCursor(Now.AddHours(-2), null), null, Options));

    [Fact]
    public void Next_LastQueryEndedLater_StartsThereMinusOverlap() =>
        Assert.Equal((Now.AddSeconds(-10).AddMinutes(-5), Now), OrderWindow.Next(Now, new OrderCursor(Now.AddHours(-2), null), Now.AddSeconds(-10), Options));

    [Fact]
    public void Next_AnOrderStillOpen_ReachesBackToItsEnteredTime() =>
        Assert.Equal((Now.AddHours(-3), Now), OrderWindow.Next(Now, new OrderCursor(Now.AddHours(-1), Now.AddHours(-3)), Now.AddSeconds(-10), Options));

    [Fact]
    public void Next_OpenOrderOlderThanAYear_IsClampedToSchwabsRange() =>
        Assert.Equal((Now.AddDays(-364), Now), OrderWindow.Next(Now, new OrderCursor(Now, Now.AddDays(-400)), null, Options));
}
