using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Schwab.Core.Data;

/// <summary>Trading dates as <c>yyyy-MM-dd</c> TEXT on SQLite and <c>date</c> on SQL Server.</summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = SqliteText.FromDate(value);
        }
        else
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value.ToDateTime(TimeOnly.MinValue);
        }
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s => SqliteText.ToDate(s),
        _ => throw new InvalidCastException($"cannot read a date from a {value.GetType().Name} column value"),
    };
}
