using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Recording;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>
/// The worker's refresh and a forced refresh (<c>schwabctl refresh-token</c>) on separate containers and connections,
/// overlapping for real: the winner is held inside the token call (a latency fault on the shared fake clock) while the
/// loser has read the old row and reaches the lock. Exactly one grant, both end with the same valid token.
/// </summary>
public sealed class TokenRefreshRaceTests
{
    private static readonly TimeSpan s_latency = TimeSpan.FromSeconds(7);

    [Fact]
    public async Task RefreshAsync_ForcedRefreshHoldsTheLockWhileWorkerRefreshes_OneGrantSameToken()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container(inner => new SignallingConnectionFactory(inner, count: 3));
        var workerConnections = (SignallingConnectionFactory)daemon.GetRequiredService<IDbConnectionFactory>();
        await using ServiceProvider cli = harness.Container();
        await harness.LoginAsync(cli);
        HoldNextTokenCall(harness);

        Task<TokenRefreshResult> forced = Task.Run(() => ForceAsync(cli));
        await harness.Time.WaitForTimerAsync(d => d == s_latency);
        // The worker reads the row (still due for refresh), then its refresher re-reads and opens the locking connection.
        Task worker = Task.Run(() => daemon.GetRequiredService<TokensWorker>().RunOnceAsync(CancellationToken.None));
        await workerConnections.Opened.Task.WaitAsync(TestTimeouts.Guard);
        harness.Time.Advance(s_latency);
        TokenRefreshResult forcedResult = await forced.WaitAsync(TestTimeouts.Guard);
        await worker.WaitAsync(TestTimeouts.Guard);

        Assert.True(forcedResult.Refreshed);
        await AssertOneGrantSameTokenAsync(harness, daemon, forcedResult.Tokens!);
        Assert.DoesNotContain(daemon.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 2000);
        Assert.Matches(@"^MAIN_DATA: access 30 min, ", daemon.GetRequiredService<DaemonStatus>().Text);
    }

    [Fact]
    public async Task RefreshAsync_WorkerHoldsTheLockWhileForcedRefreshRuns_OneGrantSameToken()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container();
        await using ServiceProvider cli = harness.Container(inner => new SignallingConnectionFactory(inner, count: 4));
        var cliConnections = (SignallingConnectionFactory)cli.GetRequiredService<IDbConnectionFactory>();
        await harness.LoginAsync(cli); // opens 2 connections (read, save)
        HoldNextTokenCall(harness);

        Task worker = Task.Run(() => daemon.GetRequiredService<TokensWorker>().RunOnceAsync(CancellationToken.None));
        await harness.Time.WaitForTimerAsync(d => d == s_latency);
        // The forced refresh reads the row's version, then opens the locking connection while the worker is inside the call.
        Task<TokenRefreshResult> forced = Task.Run(() => ForceAsync(cli));
        await cliConnections.Opened.Task.WaitAsync(TestTimeouts.Guard);
        harness.Time.Advance(s_latency);
        await worker.WaitAsync(TestTimeouts.Guard);
        TokenRefreshResult forcedResult = await forced.WaitAsync(TestTimeouts.Guard);

        Assert.False(forcedResult.Refreshed);
        await AssertOneGrantSameTokenAsync(harness, daemon, forcedResult.Tokens!);
        Assert.Single(daemon.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 2000);
    }

    // Into the refresh window, and the next token call held for s_latency on the shared clock.
    private static void HoldNextTokenCall(TokensHarness harness)
    {
        harness.Time.Advance(TimeSpan.FromMinutes(26));
        harness.Simulator.Faults.Add(new HttpFault { PathPrefix = "/v1/oauth/token", Kind = HttpFaultKind.Latency, Latency = s_latency, Times = 1 });
    }

    // What schwabctl refresh-token does.
    private static async Task<TokenRefreshResult> ForceAsync(ServiceProvider cli)
    {
        using IServiceScope scope = cli.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TokenRefresher>()
            .RefreshAsync(TokensHarness.Api, TimeSpan.Zero, force: true, CancellationToken.None);
    }

    private static async Task AssertOneGrantSameTokenAsync(TokensHarness harness, ServiceProvider daemon, TokenSet forced)
    {
        RecordedTokenGrant grant = Assert.Single(harness.Simulator.Record.TokenGrants, g => g.Kind == TokenGrantKind.RefreshToken);
        Assert.True(grant.Succeeded, grant.Error);
        TokenSet stored = await TokensHarness.StoredAsync(daemon);
        Assert.Equal(stored.AccessToken, forced.AccessToken);
        Assert.Equal(stored.Version, forced.Version);
        Assert.True(stored.ExpiresAt > harness.Time.GetUtcNow() + TimeSpan.FromMinutes(29));
        Assert.True(await harness.IsAcceptedAsync(stored.AccessToken));
    }
}
