using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Cli.Output;
using Schwab.Core.Collectors;

namespace Schwab.Cli.Commands.Balances;

/// <summary>
/// <c>schwabctl balances --once [--json]</c>: one balances-and-positions snapshot now, through the same collector as
/// <c>schwab-balances</c>; prints the counts and account hashes (never numbers). Exit 1 when no account was stored.
/// </summary>
internal sealed class BalancesCommand : SchwabCommand
{
    private readonly Option<bool> _once = new("--once") { Description = "Take one snapshot now (the daemon schwab-balances takes the scheduled ones)" };
    private readonly Option<bool> _json = CommonOptions.Json();

    public BalancesCommand()
        : base("balances", "Store a balances and positions snapshot of the trade app's accounts")
    {
        Add(_once);
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        if (!parseResult.GetValue(_once))
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                "schwabctl: balances needs --once (scheduled snapshots are taken by the schwab-balances daemon)");
            return ExitCodes.Usage;
        }

        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        BalancesSnapshot snapshot = await SnapshotAsync(services, cancellationToken);
        if (output.IsJson)
        {
            await output.WriteJsonAsync(new
            {
                collectedAt = snapshot.CollectedAt,
                accounts = snapshot.AccountHashes,
                balancesStored = snapshot.BalancesInserted,
                positionsStored = snapshot.PositionsInserted,
                positionsSeen = snapshot.PositionsSeen,
            });
        }
        else
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"stored balances snapshot {snapshot.CollectedAt:yyyy-MM-ddTHH:mm:ssZ}: {snapshot.AccountHashes.Count} accounts, {snapshot.BalancesInserted} balance rows, {snapshot.PositionsInserted} position rows"));
            foreach (string hash in snapshot.AccountHashes)
            {
                await output.WriteLineAsync($"account {hash}");
            }
        }

        if (snapshot.AccountHashes.Count == 0)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                "schwabctl: no accounts with a hash to store (link them: schwabctl accounts link --api NAME)");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    /// <summary>One balances-and-positions snapshot now, through the collector <c>schwab-balances</c> runs.</summary>
    public static async Task<BalancesSnapshot> SnapshotAsync(CliServices services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.Provider.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<BalancesCollector>(scope.ServiceProvider)
            .CollectAsync(services.Get<TimeProvider>().GetUtcNow(), cancellationToken);
    }
}
