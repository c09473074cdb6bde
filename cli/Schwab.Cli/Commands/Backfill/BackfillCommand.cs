using System.CommandLine;

namespace Schwab.Cli.Commands.Backfill;

/// <summary><c>schwabctl backfill</c>: fill gaps in stored history on demand.</summary>
internal sealed class BackfillCommand : Command
{
    public BackfillCommand()
        : base("backfill", "Find gaps in stored history and fill them from Schwab")
    {
        Add(new OhlcBackfillCommand());
    }
}
