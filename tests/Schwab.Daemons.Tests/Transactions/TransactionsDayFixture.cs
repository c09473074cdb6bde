namespace Schwab.Daemons.Tests.Transactions;

/// <summary>
/// One simulated trading day (Monday 2026-03-02, 10:00 ET to 17:30 ET) of <c>schwab-transactions</c> against the
/// simulator's scripted order book, run once and shared by the assertions of <see cref="TransactionsDayTests"/>.
/// </summary>
public sealed class TransactionsDayFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset End = new(2026, 3, 2, 22, 30, 0, TimeSpan.Zero);

    internal TransactionsHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Harness = await TransactionsHarness.StartAsync();
        await Harness.RunUntilAsync(End);
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
