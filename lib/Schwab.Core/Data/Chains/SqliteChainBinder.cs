using System.Globalization;
using System.Text;
using Schwab.Core.Domain;
using SQLitePCL;

namespace Schwab.Core.Data.Chains;

/// <summary>Binds one contract's SPX_CHAIN values to the prepared insert (parameters <c>$p0</c>..<c>$p42</c>) in SQLite's text forms.</summary>
internal sealed class SqliteChainBinder(sqlite3_stmt statement)
{
    private readonly byte[] _scratch = new byte[256];

    public void Contract(OptionContract c)
    {
        Text(2, c.Underlying);
        Text(3, c.Symbol);
        Text(4, c.OptionRoot);
        Text(5, c.PutCall == PutCall.Put ? "PUT"u8 : "CALL"u8);
        Date(6, c.Expiration);
        Integer(7, c.DaysToExpiration);
        Decimal(8, c.Strike);
        Decimal(9, c.Bid);
        Decimal(10, c.Ask);
        Decimal(11, c.Last);
        Decimal(12, c.Mark);
        Integer(13, c.BidSize);
        Integer(14, c.AskSize);
        Integer(15, c.LastSize);
        Integer(16, c.Volume);
        Integer(17, c.OpenInterest);
        Decimal(18, c.HighPrice);
        Decimal(19, c.LowPrice);
        Decimal(20, c.OpenPrice);
        Decimal(21, c.ClosePrice);
        Decimal(22, c.NetChange);
        Decimal(23, c.Volatility);
        Decimal(24, c.Delta);
        Decimal(25, c.Gamma);
        Decimal(26, c.Theta);
        Decimal(27, c.Vega);
        Decimal(28, c.Rho);
        Decimal(29, c.TheoreticalValue);
        Decimal(30, c.TheoreticalVolatility);
        Decimal(31, c.TimeValue);
        Decimal(32, c.IntrinsicValue);
        Decimal(33, c.ExtrinsicValue);
        Integer(34, c.InTheMoney is bool itm ? (itm ? 1 : 0) : null);
        Decimal(35, c.Multiplier);
        Instant(36, c.QuoteTime);
        Instant(37, c.TradeTime);
        Date(38, c.LastTradingDay);
        Decimal(39, c.UnderlyingPrice);
        Text(40, c.SettlementType);
        Text(41, c.ExpirationType);
        Text(42, c.ExerciseType);
    }

    public void Text(int p, string? value)
    {
        if (value is null)
        {
            Null(p);
        }
        else if (Encoding.UTF8.GetMaxByteCount(value.Length) <= _scratch.Length)
        {
            Text(p, _scratch.AsSpan(0, Encoding.UTF8.GetBytes(value, _scratch)));
        }
        else
        {
            Text(p, Encoding.UTF8.GetBytes(value));
        }
    }

    public void Instant(int p, DateTimeOffset? value)
    {
        if (value is not DateTimeOffset v)
        {
            Null(p);
            return;
        }

        v.UtcDateTime.TryFormat(_scratch, out int written, SqliteText.InstantFormat, CultureInfo.InvariantCulture);
        Text(p, _scratch.AsSpan(0, written));
    }

    private void Date(int p, DateOnly? value)
    {
        if (value is not DateOnly v)
        {
            Null(p);
            return;
        }

        v.TryFormat(_scratch, out int written, SqliteText.DateFormat, CultureInfo.InvariantCulture);
        Text(p, _scratch.AsSpan(0, written));
    }

    public void Decimal(int p, decimal? value)
    {
        if (value is not decimal v)
        {
            Null(p);
            return;
        }

        // The same text as SqliteText.FromDecimal (general format, invariant culture), written as UTF-8.
        v.TryFormat(_scratch, out int written, default, CultureInfo.InvariantCulture);
        Text(p, _scratch.AsSpan(0, written));
    }

    public void Integer(int p, long? value)
    {
        if (value is long v)
        {
            raw.sqlite3_bind_int64(statement, p + 1, v);
        }
        else
        {
            Null(p);
        }
    }

    private void Text(int p, ReadOnlySpan<byte> utf8) => raw.sqlite3_bind_text(statement, p + 1, utf8);

    private void Null(int p) => raw.sqlite3_bind_null(statement, p + 1);
}
