using Microsoft.Data.Sqlite;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Chains;

/// <summary>Writes a snapshot into SQLite through one prepared INSERT whose parameters are rebound for every row.</summary>
internal sealed class SqliteChainSnapshot : OptionChainSnapshot
{
    private const int ColumnCount = 43;

    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p = new SqliteParameter[ColumnCount];

    public SqliteChainSnapshot(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset collectedAt, string frequency, string insertSql)
        : base(connection, transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = insertSql;
        for (int i = 0; i < ColumnCount; i++)
        {
            _p[i] = _insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DBNull.Value));
        }

        _p[0].Value = SqliteText.FromInstant(collectedAt);
        _p[1].Value = frequency;
        _insert.Prepare();
    }

    public override ValueTask WriteAsync(IReadOnlyList<OptionContract> contracts, CancellationToken cancellationToken)
    {
        // Synchronous on purpose: SQLite has no asynchronous I/O, and the async API would only add allocations per row.
        for (int i = 0; i < contracts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Bind(contracts[i]);
            Inserted += _insert.ExecuteNonQuery();
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask DisposeCoreAsync() => _insert.DisposeAsync();

    private void Bind(OptionContract c)
    {
        SqliteParameter[] p = _p;
        p[2].Value = c.Underlying;
        p[3].Value = c.Symbol;
        p[4].Value = Text(c.OptionRoot);
        p[5].Value = c.PutCall == PutCall.Put ? "PUT" : "CALL";
        p[6].Value = SqliteText.FromDate(c.Expiration);
        p[7].Value = c.DaysToExpiration;
        p[8].Value = SqliteText.FromDecimal(c.Strike);
        p[9].Value = Text(c.Bid);
        p[10].Value = Text(c.Ask);
        p[11].Value = Text(c.Last);
        p[12].Value = Text(c.Mark);
        p[13].Value = Integer(c.BidSize);
        p[14].Value = Integer(c.AskSize);
        p[15].Value = Integer(c.LastSize);
        p[16].Value = Integer(c.Volume);
        p[17].Value = Integer(c.OpenInterest);
        p[18].Value = Text(c.HighPrice);
        p[19].Value = Text(c.LowPrice);
        p[20].Value = Text(c.OpenPrice);
        p[21].Value = Text(c.ClosePrice);
        p[22].Value = Text(c.NetChange);
        p[23].Value = Text(c.Volatility);
        p[24].Value = Text(c.Delta);
        p[25].Value = Text(c.Gamma);
        p[26].Value = Text(c.Theta);
        p[27].Value = Text(c.Vega);
        p[28].Value = Text(c.Rho);
        p[29].Value = Text(c.TheoreticalValue);
        p[30].Value = Text(c.TheoreticalVolatility);
        p[31].Value = Text(c.TimeValue);
        p[32].Value = Text(c.IntrinsicValue);
        p[33].Value = Text(c.ExtrinsicValue);
        p[34].Value = c.InTheMoney is bool itm ? (itm ? 1L : 0L) : DBNull.Value;
        p[35].Value = Text(c.Multiplier);
        p[36].Value = c.QuoteTime is DateTimeOffset quoteTime ? SqliteText.FromInstant(quoteTime) : DBNull.Value;
        p[37].Value = c.TradeTime is DateTimeOffset tradeTime ? SqliteText.FromInstant(tradeTime) : DBNull.Value;
        p[38].Value = c.LastTradingDay is DateOnly lastDay ? SqliteText.FromDate(lastDay) : DBNull.Value;
        p[39].Value = Text(c.UnderlyingPrice);
        p[40].Value = Text(c.SettlementType);
        p[41].Value = Text(c.ExpirationType);
        p[42].Value = Text(c.ExerciseType);
    }

    private static object Text(decimal? value) => value is decimal d ? SqliteText.FromDecimal(d) : DBNull.Value;

    private static object Text(string? value) => value is null ? DBNull.Value : value;

    private static object Integer(long? value) => value is long l ? l : DBNull.Value;
}
