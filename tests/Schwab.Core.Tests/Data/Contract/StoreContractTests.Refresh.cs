using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data.Contract;

public abstract partial class StoreContractTests
{
    private static bool IsOld(TokenSet? tokens) => tokens?.AccessToken.StartsWith(AccessPlain, StringComparison.Ordinal) == true;

    private static TokenSet Refreshed(TokenSet current, string who) =>
        current with { AccessToken = $"{who}-access", RefreshToken = $"{who}-refresh", ExpiresAt = current.ExpiresAt.AddMinutes(30) };

    [SkippableFact]
    public async Task RefreshUnderLock_StillNeeded_RefreshesOnceAndBumpsVersion()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        TokenStore store = db.CreateTokenStore(TestKeys.Protector());
        await store.SaveAsync(Login(), 0, CancellationToken.None);
        int calls = 0;

        var first = await store.RefreshUnderLockAsync("MAIN_DATA", IsOld, (t, _) => { calls++; return Task.FromResult(Refreshed(t, "A")); }, CancellationToken.None);
        var second = await store.RefreshUnderLockAsync("MAIN_DATA", IsOld, (t, _) => { calls++; return Task.FromResult(Refreshed(t, "B")); }, CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.True(first.Refreshed);
        Assert.False(second.Refreshed);
        Assert.Equal(("A-access", "A-refresh", 2), (second.Tokens!.AccessToken, second.Tokens.RefreshToken, second.Tokens.Version));
        Assert.Equal(first.Tokens, await store.GetAsync("MAIN_DATA", CancellationToken.None));
    }

    [SkippableFact]
    public async Task RefreshUnderLock_NoRow_DoesNotCallRefresh()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        bool called = false;

        var result = await db.CreateTokenStore(TestKeys.Protector()).RefreshUnderLockAsync(
            "MAIN_DATA", _ => true, (t, _) => { called = true; return Task.FromResult(t); }, CancellationToken.None);

        Assert.Equal(new TokenRefreshResult(null, false), result);
        Assert.False(called);
    }

    [SkippableFact]
    public async Task RefreshUnderLock_RefreshThrows_RowUnchangedAndLockReleased()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        TokenStore store = db.CreateTokenStore(TestKeys.Protector());
        TokenSet stored = await store.SaveAsync(Login(), 0, CancellationToken.None);

        await Assert.ThrowsAsync<HttpRequestException>(() => store.RefreshUnderLockAsync(
            "MAIN_DATA", IsOld, (_, _) => throw new HttpRequestException("token endpoint down"), CancellationToken.None));
        var retry = await store.RefreshUnderLockAsync("MAIN_DATA", IsOld, (t, _) => Task.FromResult(Refreshed(t, "A")), CancellationToken.None);

        Assert.True(retry.Refreshed);
        Assert.Equal(stored.Version + 1, retry.Tokens!.Version);
    }

    [SkippableFact]
    public async Task RefreshUnderLock_TwoProcessesRace_ExactlyOneRefreshesAndBothSeeItsTokens()
    {
        await using TestDatabase db = await CreateDatabaseAsync();
        TokenProtector protector = TestKeys.Protector();
        await db.CreateTokenStore(protector).SaveAsync(Login(), 0, CancellationToken.None);

        // Two stores with their own connection factories: two processes sharing only the database.
        TokenStore[] stores = [db.CreateTokenStore(protector, connections: db.NewConnectionFactory()), db.CreateTokenStore(protector, connections: db.NewConnectionFactory())];
        TaskCompletionSource[] started = [new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)];
        List<string> calls = [];

        async Task<TokenSet> RefreshAsync(string who, TokenSet current)
        {
            lock (calls)
            {
                calls.Add(who);
            }

            // Hold the lock until the other caller has started its own attempt, so the two really overlap.
            await Task.WhenAll(started[0].Task, started[1].Task);
            return Refreshed(current, who);
        }

        Task<TokenRefreshResult> Run(int i) => Task.Run(() =>
        {
            started[i].SetResult();
            return stores[i].RefreshUnderLockAsync("MAIN_DATA", IsOld, (t, _) => RefreshAsync($"P{i}", t), CancellationToken.None);
        });

        TokenRefreshResult[] results = await Task.WhenAll(Run(0), Run(1)).WaitAsync(TimeSpan.FromSeconds(60));

        string winner = Assert.Single(calls);
        Assert.Single(results, r => r.Refreshed);
        Assert.All(results, r => Assert.Equal($"{winner}-access", r.Tokens!.AccessToken));
        Assert.All(results, r => Assert.Equal(2, r.Tokens!.Version));
    }
}
