using Dapper;
using Microsoft.Data.Sqlite;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data;

public sealed class SqliteConnectionFactoryTests
{
    [Fact]
    public async Task OpenAsync_MissingDirectory_CreatesItAndTheFile()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.FilePath)));

        await using (var connection = await db.Connections.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        }

        Assert.True(File.Exists(db.FilePath));
    }

    [Fact]
    public async Task OpenAsync_AppliesWalForeignKeysAndBusyTimeout()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync(migrate: false);
        db.Options.BusyTimeout = TimeSpan.FromSeconds(7);

        await using var connection = await db.NewConnectionFactory().OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(7000L, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task DapperHandlers_OnSqlite_StoreInvariantTextInUtc()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "INSERT INTO SCHWAB_ALERTS (alert_key, first_seen_at, last_seen_at, occurrence_count) VALUES ('k', @First, @Last, 1)",
            new { First = new DateTimeOffset(2026, 3, 9, 9, 30, 0, TimeSpan.FromHours(-4)), Last = new DateTimeOffset(2026, 3, 9, 13, 30, 0, 5, TimeSpan.Zero) });
        await connection.ExecuteAsync(
            "INSERT INTO SCHWAB_SPREADS (order_id, account_hash, strategy, quantity, net_price, expiration, updated_at) VALUES (1, 'H', 'VERTICAL', @Quantity, @Price, @Expiration, @Updated)",
            new { Quantity = 1.50m, Price = -0.0001m, Expiration = new DateOnly(2026, 3, 20), Updated = new DateTimeOffset(2026, 3, 9, 13, 30, 0, TimeSpan.Zero) });

        var alert = await connection.QuerySingleAsync<(string, string, string)>("SELECT typeof(first_seen_at), first_seen_at, last_seen_at FROM SCHWAB_ALERTS");
        var spread = await connection.QuerySingleAsync<(string, string, string, string)>("SELECT typeof(quantity), quantity, net_price, expiration FROM SCHWAB_SPREADS");

        Assert.Equal(("text", "2026-03-09T13:30:00.0000000Z", "2026-03-09T13:30:00.0050000Z"), alert);
        Assert.Equal(("text", "1.50", "-0.0001", "2026-03-20"), spread);
    }

    [Fact]
    public async Task StrictTables_ValueOfWrongStorageClass_IsRefused()
    {
        await using SqliteTestDatabase db = await SqliteTestDatabase.CreateAsync();
        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);

        var ex = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO SCHWAB_ALERTS (alert_key, first_seen_at, last_seen_at, occurrence_count) VALUES ('k', 'a', 'b', 'many')"));

        Assert.Contains("occurrence_count", ex.Message, StringComparison.Ordinal);
    }
}
