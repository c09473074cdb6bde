using System.Data.Common;
using Microsoft.Data.Sqlite;
using Schwab.Core.Data;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>The real connection factory, which can be switched "down": every open then fails as an unreachable database would.</summary>
internal sealed class SwitchableConnectionFactory(IDbConnectionFactory inner) : IDbConnectionFactory
{
    private volatile bool _down;

    public DatabaseProvider Provider => inner.Provider;

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public int FailedOpens { get; private set; }

    public ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_down)
        {
            FailedOpens++;
            throw new SqliteException("unable to open database file (test: database switched off)", 14);
        }

        return inner.OpenAsync(cancellationToken);
    }
}
