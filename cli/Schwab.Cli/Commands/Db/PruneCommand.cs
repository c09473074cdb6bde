using System.CommandLine;
using Schwab.Cli.Output;
using Schwab.Core.Data.Retention;

namespace Schwab.Cli.Commands.Db;

/// <summary>
/// <c>schwabctl db prune --older-than DAYS [--dry-run] [--batch-size N] [--json]</c>: the guide's monthly "archive old data"
/// task. Deletes quotes, chain snapshots and minute candles from before New York midnight DAYS days ago, in batches.
/// Exit 0 done, 1 database error, 2 bad arguments.
/// </summary>
internal sealed class PruneCommand : SchwabCommand
{
    private readonly Option<int> _olderThan = new("--older-than")
    {
        Description = "Keep this many whole exchange days before today (at least 1)",
        Required = true,
    };

    private readonly Option<int> _batchSize = new("--batch-size")
    {
        Description = "Rows deleted per transaction",
        DefaultValueFactory = _ => 5000,
    };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Count what would be deleted; delete nothing" };

    private readonly Option<bool> _json = CommonOptions.Json();

    public PruneCommand()
        : base("prune", "Delete quotes, chain snapshots and minute candles older than a number of days")
    {
        Add(_olderThan);
        Add(_batchSize);
        Add(_dryRun);
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        TextWriter error = parseResult.InvocationConfiguration.Error;
        int days = parseResult.GetValue(_olderThan);
        int batchSize = parseResult.GetValue(_batchSize);
        if (days < 1 || batchSize < 1)
        {
            await error.WriteLineAsync(days < 1
                ? $"schwabctl: --older-than must be a whole number of days of at least 1 (got {days})"
                : $"schwabctl: --batch-size must be at least 1 (got {batchSize})");
            return ExitCodes.Usage;
        }

        if (await SchemaGuard.ProblemAsync(services, cancellationToken) is { } problem)
        {
            await error.WriteLineAsync($"schwabctl: {problem}");
            return ExitCodes.Failure;
        }

        bool dryRun = parseResult.GetValue(_dryRun);
        DataPruner pruner = services.Get<DataPruner>();
        DateTimeOffset cutoff = pruner.CutoffFor(days);
        IReadOnlyList<TablePruneResult> results = await pruner.PruneAsync(cutoff, batchSize, dryRun, cancellationToken);
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        if (output.IsJson)
        {
            await output.WriteJsonAsync(new
            {
                cutoff,
                olderThanDays = days,
                dryRun,
                tables = results.Select(r => new { table = r.Table, column = r.Column, rows = r.Rows, batches = r.Batches }),
                total = results.Sum(r => r.Rows),
            });
            return ExitCodes.Success;
        }

        string verb = dryRun ? "would delete" : "deleted";
        await output.WriteLineAsync($"Rows before {cutoff:yyyy-MM-dd HH:mm:ss}Z ({days} exchange days ago, New York midnight){(dryRun ? ", dry run" : "")}:");
        foreach (TablePruneResult result in results)
        {
            await output.WriteLineAsync($"  {result.Table,-26} {verb} {result.Rows,10:N0}");
        }

        await output.WriteLineAsync($"  {"total",-26} {verb} {results.Sum(r => r.Rows),10:N0}");
        return ExitCodes.Success;
    }
}
