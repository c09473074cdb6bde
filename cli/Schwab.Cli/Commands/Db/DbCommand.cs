using System.CommandLine;

namespace Schwab.Cli.Commands.Db;

/// <summary><c>schwabctl db</c>: the schema.</summary>
internal sealed class DbCommand : Command
{
    public DbCommand()
        : base("db", "Create, upgrade and inspect the database schema; prune old time series")
    {
        Add(new MigrateCommand());
        Add(new StatusCommand());
        Add(new PruneCommand());
    }
}
