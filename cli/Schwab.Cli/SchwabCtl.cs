using System.CommandLine;
using Schwab.Cli.Commands.Accounts;
using Schwab.Cli.Commands.Auth;
using Schwab.Cli.Commands.Backfill;
using Schwab.Cli.Commands.Check;
using Schwab.Cli.Commands.Db;
using Schwab.Cli.Commands.Demo;
using Schwab.Cli.Commands.Health;
using Schwab.Cli.Commands.Key;
using Schwab.Cli.Commands.Simulate;
using Schwab.Cli.Commands.Tokens;

namespace Schwab.Cli;

/// <summary>Builds the schwabctl command tree and runs it.</summary>
internal static class SchwabCtl
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("schwabctl: checks, tokens and health for the Schwab pipeline")
        {
            CommonOptions.Config,
            CommonOptions.Verbose,
            new CheckCommand(),
            new DbCommand(),
            new KeyCommand(),
            new AuthCommand(),
            new RefreshTokenCommand(),
            new TokensCommand(),
            new AccountsCommand(),
            new SimulateCommand(),
            new Commands.Balances.BalancesCommand(),
            new BackfillCommand(),
            new Commands.Report.ReportCommand(),
            new DemoCommand(),
            new HealthCommand(),
            new Commands.Alert.AlertCommand(),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null, CancellationToken cancellationToken = default)
    {
        if (input is not null)
        {
            CliInput.Reader = input;
        }

        ParseResult parseResult = BuildRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"schwabctl: {parseError.Message}");
            }

            return ExitCodes.Usage;
        }

        // Ctrl-C and SIGTERM cancel the command's token; give it time to stop what it started (the demo's daemons flush
        // their rows) instead of System.CommandLine's default 2 s, after which it returns while the command still runs.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(60) };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
