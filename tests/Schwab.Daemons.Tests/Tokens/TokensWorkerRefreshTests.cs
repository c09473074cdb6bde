using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;
using Schwab.Simulator.Recording;

namespace Schwab.Daemons.Tests.Tokens;

/// <summary>schwab-tokens keeps the access token valid across many lifetimes, one refresh per lifetime, on one shared fake clock.</summary>
public sealed class TokensWorkerRefreshTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunOnceAsync_FourAccessTokenLifetimes_RefreshesOncePerLifetimeBeforeEachExpiry()
    {
        await using TokensHarness harness = await TokensHarness.StartAsync();
        ServiceProvider daemon = harness.Container();
        TokensWorker worker = daemon.GetRequiredService<TokensWorker>();
        TokenSet login = await harness.LoginAsync(daemon);
        DateTimeOffset start = harness.Time.GetUtcNow();
        var expiries = new List<DateTimeOffset> { login.ExpiresAt };

        // Steps of one CheckInterval (30 s) over two hours: four 30-minute lifetimes.
        for (TimeSpan elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(2); elapsed += s_step)
        {
            harness.Time.Advance(s_step);
            await worker.RunOnceAsync(CancellationToken.None);

            TokenSet stored = await TokensHarness.StoredAsync(daemon);
            DateTimeOffset now = harness.Time.GetUtcNow();
            Assert.True(stored.ExpiresAt > now, $"stored access token expired at {stored.ExpiresAt:u}, now {now:u}");
            Assert.True(stored.RefreshExpiresAt > now);
            if (stored.ExpiresAt != expiries[^1])
            {
                expiries.Add(stored.ExpiresAt);
                Assert.True(await harness.IsAcceptedAsync(stored.AccessToken), $"the simulator refused the token refreshed at {now:u}");
            }
        }

        IReadOnlyList<RecordedTokenGrant> grants = harness.Simulator.Record.TokenGrants;
        Assert.All(grants, g => Assert.True(g.Succeeded, $"{g.Kind} at {g.Time:u} failed: {g.Error}"));
        Assert.Equal(TokenGrantKind.AuthorizationCode, Assert.Single(grants, g => g.Kind == TokenGrantKind.AuthorizationCode).Kind);
        RecordedTokenGrant[] refreshes = grants.Where(g => g.Kind == TokenGrantKind.RefreshToken).ToArray();
        Assert.Equal(4, refreshes.Length);
        Assert.Equal(5, expiries.Count);
        for (int i = 0; i < refreshes.Length; i++)
        {
            // Each refresh falls inside the 5-minute window before the expiry it replaces, never after it.
            Assert.InRange(refreshes[i].Time, expiries[i] - TimeSpan.FromMinutes(5), expiries[i] - TimeSpan.FromTicks(1));
        }

        Assert.True(harness.Time.GetUtcNow() - start >= TimeSpan.FromHours(2));
        FakeLogCollector logs = daemon.GetFakeLogCollector();
        Assert.Equal(4, logs.GetSnapshot().Count(r => r.Id.Id == 2000));
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Matches(@"^MAIN_DATA: access \d+ min, refresh token 6d \d+h$", daemon.GetRequiredService<DaemonStatus>().Text);
    }
}
