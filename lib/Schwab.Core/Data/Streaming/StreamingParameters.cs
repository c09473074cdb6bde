using System.Data;
using System.Data.Common;

namespace Schwab.Core.Data.Streaming;

/// <summary>The 28 parameters of the streaming statements: declared once per prepared command, re-bound per row.</summary>
internal static class StreamingParameters
{
    private static readonly (string Name, DbType Sqlite, DbType SqlServer)[] s_parameters =
    [
        ("@Timestamp", DbType.String, DbType.DateTime2), ("@Sequence", DbType.Int64, DbType.Int64),
        ("@Service", DbType.String, DbType.String), ("@Symbol", DbType.String, DbType.String),
        ("@Bid", DbType.String, DbType.Decimal), ("@Ask", DbType.String, DbType.Decimal), ("@Last", DbType.String, DbType.Decimal),
        ("@Mark", DbType.String, DbType.Decimal), ("@BidSize", DbType.Int64, DbType.Int64), ("@AskSize", DbType.Int64, DbType.Int64),
        ("@LastSize", DbType.Int64, DbType.Int64), ("@TotalVolume", DbType.Int64, DbType.Int64),
        ("@OpenPrice", DbType.String, DbType.Decimal), ("@HighPrice", DbType.String, DbType.Decimal),
        ("@LowPrice", DbType.String, DbType.Decimal), ("@ClosePrice", DbType.String, DbType.Decimal),
        ("@NetChange", DbType.String, DbType.Decimal), ("@QuoteTime", DbType.String, DbType.DateTime2),
        ("@TradeTime", DbType.String, DbType.DateTime2), ("@Volatility", DbType.String, DbType.Decimal),
        ("@Delta", DbType.String, DbType.Decimal), ("@Gamma", DbType.String, DbType.Decimal), ("@Theta", DbType.String, DbType.Decimal),
        ("@Vega", DbType.String, DbType.Decimal), ("@Rho", DbType.String, DbType.Decimal), ("@OpenInterest", DbType.Int64, DbType.Int64),
        ("@UnderlyingPrice", DbType.String, DbType.Decimal), ("@TheoreticalValue", DbType.String, DbType.Decimal),
    ];

    /// <summary>How many parameters the statements take.</summary>
    public static int Count => s_parameters.Length;

    /// <summary>The name of parameter <paramref name="index"/> (0-based), e.g. <c>@Timestamp</c>.</summary>
    public static string Name(int index) => s_parameters[index].Name;

    public static void Declare(DbCommand command, bool sqlServer)
    {
        foreach ((string name, DbType sqlite, DbType server) in s_parameters)
        {
            DbParameter p = command.CreateParameter();
            p.ParameterName = name;
            p.DbType = sqlServer ? server : sqlite;
            if (p.DbType == DbType.Decimal)
            {
                p.Precision = 19;
                p.Scale = 8;
            }
            else if (p.DbType == DbType.String)
            {
                p.Size = 64;
            }

            command.Parameters.Add(p);
        }
    }

    public static void Bind(DbCommand command, StreamingRow row, bool sqlServer)
    {
        DbParameterCollection p = command.Parameters;
        p[0].Value = Instant(row.Timestamp, sqlServer);
        p[1].Value = row.Sequence;
        p[2].Value = row.Service;
        p[3].Value = row.Symbol;
        object?[] rest =
        [
            Number(row.Bid, sqlServer), Number(row.Ask, sqlServer), Number(row.Last, sqlServer), Number(row.Mark, sqlServer),
            row.BidSize, row.AskSize, row.LastSize, row.TotalVolume,
            Number(row.OpenPrice, sqlServer), Number(row.HighPrice, sqlServer), Number(row.LowPrice, sqlServer), Number(row.ClosePrice, sqlServer),
            Number(row.NetChange, sqlServer), row.QuoteTime is { } q ? Instant(q, sqlServer) : null, row.TradeTime is { } t ? Instant(t, sqlServer) : null,
            Number(row.Volatility, sqlServer), Number(row.Delta, sqlServer), Number(row.Gamma, sqlServer), Number(row.Theta, sqlServer),
            Number(row.Vega, sqlServer), Number(row.Rho, sqlServer), row.OpenInterest, Number(row.UnderlyingPrice, sqlServer),
            Number(row.TheoreticalValue, sqlServer),
        ];
        for (int i = 0; i < rest.Length; i++)
        {
            p[i + 4].Value = rest[i] ?? DBNull.Value;
        }
    }

    private static object Instant(DateTimeOffset value, bool sqlServer) =>
        sqlServer ? value.UtcDateTime : SqliteText.FromInstant(value);

    private static object? Number(decimal? value, bool sqlServer) =>
        value is not { } v ? null : sqlServer ? v : SqliteText.FromDecimal(v);
}
