using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Options;
using Schwab.Cli.Output;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Db;

/// <summary><c>schwabctl db migrate</c>: creates or upgrades the schema; running it again changes nothing.</summary>
internal sealed class MigrateCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();

    public MigrateCommand()
        : base("migrate", "Create or upgrade the schema (idempotent)")
    {
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        string where = DatabaseCheck.Describe(services.Get<IOptions<DatabaseOptions>>().Value);
        MigrationResult result;
        try
        {
            result = await services.Get<Migrator>().MigrateAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            // Name the database that failed: "it worked" on another one would be the worst outcome, "it failed" on an unnamed one the next worst.
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"schwabctl: {where}: {OneLine(ex.Message)}");
            return ExitCodes.Failure;
        }

        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        if (output.IsJson)
        {
            await output.WriteJsonAsync(new
            {
                database = where,
                previousVersion = result.PreviousVersion,
                version = result.CurrentVersion,
                applied = result.Applied.Select(s => new { version = s.Version, name = s.Name }),
            });
        }
        else if (result.Applied.Count == 0)
        {
            await output.WriteLineAsync($"{where}: schema is current at version {result.CurrentVersion}; nothing to do");
        }
        else
        {
            foreach (MigrationScript script in result.Applied)
            {
                await output.WriteLineAsync($"applied {script.Version:D4} {script.Name}");
            }

            await output.WriteLineAsync($"{where}: schema is now at version {result.CurrentVersion}");
        }

        return ExitCodes.Success;
    }

    private static string OneLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
}
