using System.Data.Common;
using Dapper;
using Schwab.Core.Data;

namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// One round trip that counts the rows of every dataset in the demo's SQLite file. The demo is SQLite only; on a file
/// the stream grows by a few hundred rows a second, <c>COUNT(*)</c> over every table stays in the milliseconds.
/// </summary>
internal sealed class DatasetCountsQuery(IDbConnectionFactory connections)
{
    private const string Sql = """
        SELECT
            (SELECT COUNT(*) FROM streaming_data) AS StreamingData,
            (SELECT COUNT(*) FROM SCHWAB_LATEST_QUOTE) AS LatestQuotes,
            (SELECT COUNT(*) FROM SPX_CHAIN) AS ChainContracts,
            (SELECT COUNT(*) FROM HISTORIC_MINUTE) AS MinuteCandles,
            (SELECT COUNT(*) FROM HISTORIC_DAY) AS DailyCandles,
            (SELECT COUNT(*) FROM SCHWAB_ORDERS) AS Orders,
            (SELECT COUNT(*) FROM SCHWAB_TRANSACTIONS) AS Transactions,
            (SELECT COUNT(*) FROM SCHWAB_BALANCES) AS Balances,
            (SELECT COUNT(*) FROM SCHWAB_POSITIONS) AS Positions,
            (SELECT COUNT(*) FROM SCHWAB_MARKET_HOURS) AS MarketHours,
            (SELECT COUNT(*) FROM SCHWAB_API) AS Tokens
        """;

    public async Task<DatasetCounts> GetAsync(CancellationToken cancellationToken)
    {
        if (connections.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("the demo counts rows in a SQLite file only");
        }

        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<DatasetCounts>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
    }
}
