using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Schwab.Core.Data;

/// <summary>Decimals as invariant TEXT on SQLite (no REAL rounding), as <c>decimal</c> on SQL Server.</summary>
internal sealed class DecimalTypeHandler : SqlMapper.TypeHandler<decimal>
{
    public override void SetValue(IDbDataParameter parameter, decimal value)
    {
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = SqliteText.FromDecimal(value);
        }
        else
        {
            parameter.DbType = DbType.Decimal;
            parameter.Value = value;
        }
    }

    public override decimal Parse(object value) => value switch
    {
        decimal d => d,
        string s => SqliteText.ToDecimal(s),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
