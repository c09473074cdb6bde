using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Data;

/// <summary>Opens connections to SQL Server with the configured connection string.</summary>
/// <remarks>
/// Statements name their tables with three-part names (<c>[OPT].[SCHWAB].[API]</c>), so the connection's initial
/// catalog does not matter. TLS validation follows the connection string: <c>TrustServerCertificate</c> is never
/// added here.
/// </remarks>
internal sealed class SqlServerConnectionFactory(IOptions<DatabaseOptions> options) : IDbConnectionFactory
{
    private readonly string _connectionString = new SqlConnectionStringBuilder(options.Value.ConnectionString)
    {
        CommandTimeout = (int)Math.Ceiling(options.Value.CommandTimeout.TotalSeconds),
    }.ConnectionString;

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
