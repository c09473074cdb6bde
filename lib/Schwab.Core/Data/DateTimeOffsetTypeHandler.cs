using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Schwab.Core.Data;

/// <summary>
/// Instants are stored in UTC whatever offset they arrive with: fixed-format TEXT on SQLite, <c>datetime2</c> on SQL
/// Server. Read back, they are always <see cref="DateTimeOffset"/> with offset zero.
/// </summary>
internal sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = SqliteText.FromInstant(value);
        }
        else
        {
            parameter.DbType = DbType.DateTime2;
            parameter.Value = value.UtcDateTime;
        }
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset dto => dto.ToUniversalTime(),

        // datetime2 columns come back with Kind Unspecified: they hold UTC by convention.
        DateTime dt => new DateTimeOffset(dt.Ticks, TimeSpan.Zero),
        string s => SqliteText.ToInstant(s),
        _ => throw new InvalidCastException($"cannot read an instant from a {value.GetType().Name} column value"),
    };
}
