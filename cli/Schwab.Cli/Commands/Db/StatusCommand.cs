using System.CommandLine;
using Microsoft.Extensions.Options;
using Schwab.Cli.Output;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Db;

/// <summary><c>schwabctl db status</c>: the schema version, and whether this build needs a migration. Exit 0 when current, 1 otherwise.</summary>
internal sealed class StatusCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();

    public StatusCommand()
        : base("status", "Print the schema version; exit 0 when it is the one this build needs")
    {
        Add(_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        DatabaseOptions options = services.Get<IOptions<DatabaseOptions>>().Value;
        string where = DatabaseCheck.Describe(options);
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        Migrator migrator = services.Get<Migrator>();
        int? version = SchemaGuard.FileMissing(services) ? null : await migrator.GetVersionAsync(cancellationToken);
        bool current = version == migrator.LatestVersion;
        if (output.IsJson)
        {
            await output.WriteJsonAsync(new
            {
                provider = options.Provider.ToString(),
                database = where,
                version,
                latestVersion = migrator.LatestVersion,
                current,
            });
        }
        else
        {
            string state = version is null ? "no schema" : $"version {version}";
            string advice = current ? "current" : "run 'schwabctl db migrate'";
            await output.WriteLineAsync($"{where}: {state} (this build needs {migrator.LatestVersion}): {advice}");
        }

        return current ? ExitCodes.Success : ExitCodes.Failure;
    }
}
