using Dapper;

namespace Schwab.Core.Data;

/// <summary>
/// Registers the pipeline's Dapper type handlers so <see cref="decimal"/>, <see cref="DateTimeOffset"/> (UTC in and out)
/// and <see cref="DateOnly"/> round-trip, NULL included, on SQLite (TEXT) and SQL Server (native types) alike.
/// </summary>
/// <remarks>
/// Dapper consults its built-in type map before any handler, so the three types are removed from that map first;
/// otherwise a <see cref="DateTimeOffset"/> would be bound with its local offset and SQLite TEXT could not be read back.
/// Handlers are process-wide: call <see cref="Register"/> once from the composition root (it is idempotent).
/// </remarks>
public static class DapperTypeHandlers
{
    private static readonly Lock s_gate = new();
    private static bool s_registered;

    /// <summary>Registers the handlers; later calls do nothing.</summary>
    public static void Register()
    {
        lock (s_gate)
        {
            if (s_registered)
            {
                return;
            }

            SqlMapper.RemoveTypeMap(typeof(decimal));
            SqlMapper.RemoveTypeMap(typeof(decimal?));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.RemoveTypeMap(typeof(DateOnly));
            SqlMapper.RemoveTypeMap(typeof(DateOnly?));
            SqlMapper.AddTypeHandler(new DecimalTypeHandler());
            SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());
            SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
            s_registered = true;
        }
    }
}
