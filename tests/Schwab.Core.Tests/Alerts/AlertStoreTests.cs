using Schwab.Core.Alerts;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Alerts;

/// <summary>The alert table's claim, release, resolve and re-open, on SQLite and (when configured) SQL Server.</summary>
public sealed class AlertStoreTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lifecycle_Sqlite_ClaimsOnceReleasesResolvesOnceAndReopens()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await LifecycleAsync(db);
    }

    [SkippableFact]
    public async Task Lifecycle_SqlServer_ClaimsOnceReleasesResolvesOnceAndReopens()
    {
        Skip.If(SqlServerTestDatabase.ConnectionString is null, SqlServerTestDatabase.SkipReason);
        await using SqlServerTestDatabase db = await SqlServerTestDatabase.CreateAsync();
        await LifecycleAsync(db);
    }

    private static async Task LifecycleAsync(TestDatabase db)
    {
        var store = new AlertStore(db.Connections, db.Names);
        var other = new AlertStore(db.NewConnectionFactory(), db.Names);
        CancellationToken ct = CancellationToken.None;

        AlertRow first = await store.RecordAsync("k", "s1", s_t0, ct);
        AlertRow second = await other.RecordAsync("k", "s2", s_t0.AddMinutes(1), ct);
        Assert.Equal((1L, 2L), (first.OccurrenceCount, second.OccurrenceCount));
        Assert.Equal((s_t0, s_t0.AddMinutes(1), "s2"), (second.FirstSeenAt, second.LastSeenAt, second.Subject));

        // Both read last_sent_at = null; only one claim wins.
        Assert.True(await store.TryClaimSendAsync("k", null, s_t0.AddMinutes(2), ct));
        Assert.False(await other.TryClaimSendAsync("k", null, s_t0.AddMinutes(2), ct));

        // A failed mail gives the claim back; the next one can claim again from the same state.
        await store.ReleaseSendAsync("k", s_t0.AddMinutes(2), null, ct);
        Assert.Null((await store.GetAsync("k", ct))!.LastSentAt);
        Assert.True(await other.TryClaimSendAsync("k", null, s_t0.AddMinutes(3), ct));
        Assert.Equal(s_t0.AddMinutes(3), (await store.GetAsync("k", ct))!.LastSentAt);

        Assert.True(await store.TryResolveAsync("k", s_t0.AddMinutes(4), ct));
        Assert.False(await other.TryResolveAsync("k", s_t0.AddMinutes(4), ct));
        Assert.Empty(await store.ListOpenAsync(ct));

        AlertRow reopened = await other.RecordAsync("k", "s3", s_t0.AddMinutes(5), ct);
        Assert.Null(reopened.ResolvedAt);
        Assert.Equal((s_t0.AddMinutes(5), s_t0.AddMinutes(3), 3L), (reopened.FirstSeenAt, reopened.LastSentAt, reopened.OccurrenceCount));
        Assert.Equal("k", Assert.Single(await store.ListOpenAsync(ct)).AlertKey);
    }
}
