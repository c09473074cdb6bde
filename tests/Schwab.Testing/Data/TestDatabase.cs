using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;

namespace Schwab.Testing.Data;

/// <summary>A real, empty-or-migrated database for one test, on either provider; dropped on dispose.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase(DatabaseOptions options)
    {
        // As the composition root does (AddSchwabData): stores rely on the handlers.
        DapperTypeHandlers.Register();
        Options = options;
        Names = new SqlServerNames(options.OptDatabase, options.ChainsDatabase);
        Connections = NewConnectionFactory();
    }

    /// <summary>The provider under test.</summary>
    public DatabaseProvider Provider => Options.Provider;

    /// <summary>The options pointing at this database.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>The database names for SQL Server text.</summary>
    internal SqlServerNames Names { get; }

    /// <summary>A connection factory shared by the test's stores.</summary>
    public IDbConnectionFactory Connections { get; }

    /// <summary>A separate factory (its own connections), as a second process would have.</summary>
    public IDbConnectionFactory NewConnectionFactory() =>
        Provider == DatabaseProvider.SqlServer
            ? new SqlServerConnectionFactory(Microsoft.Extensions.Options.Options.Create(Options))
            : new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SqliteConnectionFactory>.Instance);

    /// <summary>A migrator over this database.</summary>
    internal Migrator CreateMigrator(TimeProvider? time = null, Microsoft.Extensions.Logging.ILogger<Migrator>? logger = null) =>
        new(Connections, Names, WrappedOptions, time ?? TimeProvider.System, logger ?? NullLogger<Migrator>.Instance);

    /// <summary>A token store over this database (its own connection factory when <paramref name="connections"/> is given).</summary>
    internal TokenStore CreateTokenStore(TokenProtector protector, TimeProvider? time = null, IDbConnectionFactory? connections = null) =>
        new(connections ?? Connections, Names, protector, WrappedOptions, time ?? TimeProvider.System, NullLogger<TokenStore>.Instance);

    /// <summary>An account-hash store over this database.</summary>
    internal HashStore CreateHashStore(TokenProtector protector, TimeProvider? time = null) =>
        new(Connections, Names, protector, time ?? TimeProvider.System);

    /// <summary>Picks the text for this provider, resolving database placeholders on SQL Server.</summary>
    public string Sql(string sqlite, string sqlServer) =>
        Provider == DatabaseProvider.SqlServer ? Names.Resolve(sqlServer) : sqlite;

    /// <inheritdoc/>
    public abstract ValueTask DisposeAsync();

    public IOptions<DatabaseOptions> WrappedOptions => Microsoft.Extensions.Options.Options.Create(Options);
}
