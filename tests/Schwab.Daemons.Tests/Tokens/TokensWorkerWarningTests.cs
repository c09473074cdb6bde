using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>schwab-tokens warns once at 24 h and once at 2 h before the refresh token's 7 days run out.</summary>
public sealed class TokensWorkerWarningTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunOnceAsync_RefreshTokenRunningOut_WarnsOncePerThreshold()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container();
        TokensWorker worker = daemon.GetRequiredService<TokensWorker>();
        DaemonStatus status = daemon.GetRequiredService<DaemonStatus>();
        TokenSet login = await harness.LoginAsync(daemon);
        FakeLogCollector logs = daemon.GetFakeLogCollector();

        // Just before the 24 h mark: a refresh (the access token has long expired), no warning.
        await AdvanceToAsync(harness, worker, login.RefreshExpiresAt - TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.Empty(Warnings(logs));
        Assert.DoesNotContain("re-authenticate soon", status.Text, StringComparison.Ordinal);

        // Crossing 24 h, then ten more checks: one warning.
        await StepAsync(harness, worker, 12);
        FakeLogRecord first = Assert.Single(Warnings(logs));
        Assert.Equal(LogLevel.Warning, first.Level);
        // The first check at or under 24 h left is exactly at the mark (steps of 30 s from 24 h 1 min).
        Assert.Contains("expires in 1d 0h", first.Message, StringComparison.Ordinal);
        Assert.Contains("run schwabctl auth --api MAIN_DATA", first.Message, StringComparison.Ordinal);
        Assert.EndsWith(", re-authenticate soon: schwabctl auth --api MAIN_DATA", status.Text, StringComparison.Ordinal);

        // Down to just above 2 h: still only the one warning.
        await AdvanceToAsync(harness, worker, login.RefreshExpiresAt - TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        Assert.Single(Warnings(logs));

        // Crossing 2 h, then more checks: the second and last warning.
        await StepAsync(harness, worker, 12);
        Assert.Equal(2, Warnings(logs).Count);
        Assert.Contains("expires in 2h 0m", Warnings(logs)[1].Message, StringComparison.Ordinal);
        Assert.All(harness.Simulator.Record.TokenGrants, g => Assert.True(g.Succeeded, g.Error));
        Assert.True((await TokensHarness.StoredAsync(daemon)).ExpiresAt > harness.Time.GetUtcNow());
    }

    [Fact]
    public async Task RunOnceAsync_NewLoginAfterWarning_WarnsAgainOnlyForTheNewRefreshToken()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container();
        TokensWorker worker = daemon.GetRequiredService<TokensWorker>();
        TokenSet login = await harness.LoginAsync(daemon);
        FakeLogCollector logs = daemon.GetFakeLogCollector();
        await AdvanceToAsync(harness, worker, login.RefreshExpiresAt - TimeSpan.FromHours(23));
        Assert.Single(Warnings(logs));

        TokenSet relogin = await harness.LoginAsync(daemon);
        await StepAsync(harness, worker, 4);
        Assert.Single(Warnings(logs));
        Assert.DoesNotContain("re-authenticate soon", daemon.GetRequiredService<DaemonStatus>().Text, StringComparison.Ordinal);

        await AdvanceToAsync(harness, worker, relogin.RefreshExpiresAt - TimeSpan.FromHours(23));
        Assert.Equal(2, Warnings(logs).Count);
    }

    private static List<FakeLogRecord> Warnings(FakeLogCollector logs) =>
        logs.GetSnapshot().Where(r => r.Id.Id == 2004).ToList();

    // Jumps straight to just before `target` (time passes unobserved, as for a stopped machine), then checks once.
    private static async Task AdvanceToAsync(TokensHarness harness, TokensWorker worker, DateTimeOffset target)
    {
        harness.Time.SetUtcNow(target);
        await worker.RunOnceAsync(CancellationToken.None);
    }

    private static async Task StepAsync(TokensHarness harness, TokensWorker worker, int checks)
    {
        for (int i = 0; i < checks; i++)
        {
            harness.Time.Advance(s_step);
            await worker.RunOnceAsync(CancellationToken.None);
        }
    }
}
