using Dapper;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Core.Domain;
using Schwab.Core.Tests.Api;
using Schwab.Testing.Data;

namespace Schwab.Core.Tests.Data;

public sealed class OptionChainStoreSqlServerTests
{
    private const string SelectSqlServer = """
        SELECT COUNT(*) AS Rows, MAX(CASE WHEN symbol = 'SPXW  250520C05660000' THEN ask END) AS Ask,
            MAX(collected_at) AS CollectedAt
        FROM $(CHAINS).dbo.SPX_CHAIN
        """;

    [SkippableFact]
    public async Task StoreAsync_SqlServerSnapshotThenReplay_StoresOnceWithExactValues()
    {
        Skip.If(SqlServerTestDatabase.ConnectionString is null, SqlServerTestDatabase.SkipReason);
        await using SqlServerTestDatabase db = await SqlServerTestDatabase.CreateAsync();
        OptionChain chain = await OptionChainParser.ParseToListAsync(Fixture.Stream("chains_spx.json"), "$SPX", CancellationToken.None);
        var store = new OptionChainStore(db.Connections, db.Names);
        var at = new DateTimeOffset(2025, 5, 11, 14, 30, 0, TimeSpan.FromHours(-4));

        (_, int first) = await store.ParseAndStoreAsync(Fixture.Stream("chains_spx.json"), "$SPX", at, "5min", CancellationToken.None);
        int replay = await store.StoreAsync(at, "5min", chain.Contracts, CancellationToken.None);

        await using var connection = await db.Connections.OpenAsync(CancellationToken.None);
        (int rows, decimal ask, DateTime collectedAt) = await connection.QuerySingleAsync<(int, decimal, DateTime)>(db.Names.Resolve(SelectSqlServer));
        Assert.Equal((162, 0), (first, replay));
        Assert.Equal((162, 77.4m, new DateTime(2025, 5, 11, 18, 30, 0)), (rows, ask, collectedAt));
    }
}
