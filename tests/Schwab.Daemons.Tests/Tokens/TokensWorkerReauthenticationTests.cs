using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;
using Schwab.Simulator.Recording;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>A refused refresh token: "re-authentication required" once, no re-tries, recovery after a new login without a restart.</summary>
public sealed class TokensWorkerReauthenticationTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunOnceAsync_RefreshTokenRefused_ReportsOnceStopsCallingAndRecoversAfterLogin()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container();
        TokensWorker worker = daemon.GetRequiredService<TokensWorker>();
        DaemonStatus status = daemon.GetRequiredService<DaemonStatus>();
        FakeLogCollector logs = daemon.GetFakeLogCollector();
        await harness.LoginAsync(daemon);
        harness.Simulator.Faults.ExpireRefreshTokens();

        // Into the refresh window: the simulator refuses, the worker reports and keeps running.
        harness.Time.Advance(TimeSpan.FromMinutes(26));
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal("MAIN_DATA: re-authentication required, run schwabctl auth --api MAIN_DATA", status.Text);
        RecordedTokenGrant refused = Assert.Single(harness.Simulator.Record.TokenGrants, g => g.Kind == TokenGrantKind.RefreshToken);
        Assert.False(refused.Succeeded);

        // Many later checks, past the access token's expiry: no further call, no further error line.
        for (int i = 0; i < 20; i++)
        {
            harness.Time.Advance(s_step);
            await worker.RunOnceAsync(CancellationToken.None);
        }

        Assert.Single(harness.Simulator.Record.TokenGrants, g => g.Kind == TokenGrantKind.RefreshToken);
        FakeLogRecord reauth = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 2002);
        Assert.Equal(LogLevel.Error, reauth.Level);
        Assert.Contains("re-authentication required: run schwabctl auth --api MAIN_DATA", reauth.Message, StringComparison.Ordinal);
        Assert.StartsWith("MAIN_DATA: re-authentication required", status.Text, StringComparison.Ordinal);

        // schwabctl auth (here: another container, as on another machine) writes new tokens; the next check recovers.
        await using ServiceProvider cli = harness.Container();
        TokenSet relogin = await harness.LoginAsync(cli);
        harness.Time.Advance(s_step);
        await worker.RunOnceAsync(CancellationToken.None);

        FakeLogRecord recovered = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 2005);
        Assert.Equal(LogLevel.Information, recovered.Level);
        Assert.Matches(@"^MAIN_DATA: access 29 min, refresh token 6d 23h$", status.Text);
        Assert.Equal(relogin.AccessToken, (await TokensHarness.StoredAsync(daemon)).AccessToken);

        // And it refreshes the new pair normally again.
        harness.Time.Advance(TimeSpan.FromMinutes(26));
        await worker.RunOnceAsync(CancellationToken.None);
        RecordedTokenGrant last = harness.Simulator.Record.TokenGrants[^1];
        Assert.Equal(TokenGrantKind.RefreshToken, last.Kind);
        Assert.True(last.Succeeded, last.Error);
        Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 2002);
    }

    [Fact]
    public async Task RunOnceAsync_PastSevenDays_ReportsWithoutCallingTheTokenEndpoint()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container();
        TokensWorker worker = daemon.GetRequiredService<TokensWorker>();
        TokenSet login = await harness.LoginAsync(daemon);

        harness.Time.SetUtcNow(login.RefreshExpiresAt + TimeSpan.FromMinutes(1));
        await worker.RunOnceAsync(CancellationToken.None);
        harness.Time.Advance(s_step);
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.DoesNotContain(harness.Simulator.Record.TokenGrants, g => g.Kind == TokenGrantKind.RefreshToken);
        Assert.Single(daemon.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 2002);
        Assert.Equal("MAIN_DATA: re-authentication required, run schwabctl auth --api MAIN_DATA", daemon.GetRequiredService<DaemonStatus>().Text);
    }
}
