using System.Data.Common;
using Microsoft.Data.Sqlite;
using Schwab.Core.Data;
using Schwab.Core.Domain;

namespace Schwab.Benchmarks;

/// <summary>The baseline for <c>chain.store</c>: a bare prepared INSERT of ready-made SPX_CHAIN rows in one transaction.</summary>
internal static class BareChainInsert
{
    private const string InsertSqlite = """
        INSERT INTO SPX_CHAIN VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16,
            $p17, $p18, $p19, $p20, $p21, $p22, $p23, $p24, $p25, $p26, $p27, $p28, $p29, $p30, $p31, $p32, $p33, $p34, $p35, $p36,
            $p37, $p38, $p39, $p40, $p41, $p42)
        """;

    public static async Task RunAsync(IDbConnectionFactory connections, object?[][] rows, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = InsertSqlite;
        var parameters = new SqliteParameter[rows[0].Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value));
        }

        command.Prepare();
        foreach (object?[] row in rows)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i];
            }

            command.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The rows in SPX_CHAIN column order, already in their SQLite text/integer forms.</summary>
    public static object?[][] Format(IReadOnlyList<OptionContract> contracts, DateTimeOffset collectedAt, string frequency)
    {
        string at = SqliteText.FromInstant(collectedAt);
        return [.. contracts.Select(c => new object?[]
        {
            at, frequency, c.Underlying, c.Symbol, N(c.OptionRoot), c.PutCall == PutCall.Put ? "PUT" : "CALL",
            SqliteText.FromDate(c.Expiration), c.DaysToExpiration, SqliteText.FromDecimal(c.Strike), T(c.Bid), T(c.Ask), T(c.Last),
            T(c.Mark), L(c.BidSize), L(c.AskSize), L(c.LastSize), L(c.Volume), L(c.OpenInterest), T(c.HighPrice), T(c.LowPrice),
            T(c.OpenPrice), T(c.ClosePrice), T(c.NetChange), T(c.Volatility), T(c.Delta), T(c.Gamma), T(c.Theta), T(c.Vega), T(c.Rho),
            T(c.TheoreticalValue), T(c.TheoreticalVolatility), T(c.TimeValue), T(c.IntrinsicValue), T(c.ExtrinsicValue),
            c.InTheMoney is bool b ? (b ? 1L : 0L) : DBNull.Value, T(c.Multiplier),
            c.QuoteTime is DateTimeOffset q ? SqliteText.FromInstant(q) : DBNull.Value,
            c.TradeTime is DateTimeOffset t ? SqliteText.FromInstant(t) : DBNull.Value,
            c.LastTradingDay is DateOnly d ? SqliteText.FromDate(d) : DBNull.Value, T(c.UnderlyingPrice), N(c.SettlementType),
            N(c.ExpirationType), N(c.ExerciseType),
        })];
    }

    private static object T(decimal? value) => value is decimal d ? SqliteText.FromDecimal(d) : DBNull.Value;

    private static object N(string? value) => value is null ? DBNull.Value : value;

    private static object L(long? value) => value is long l ? l : DBNull.Value;
}
