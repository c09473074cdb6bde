using System.CommandLine;
using Schwab.Cli.Output;
using Schwab.Core.Alerts;

namespace Schwab.Cli.Commands.Alert;

/// <summary><c>schwabctl alert list [--json]</c>: the open (unresolved) alerts, one per line.</summary>
internal sealed class ListCommand : SchwabCommand
{
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string> _prefix = new("--prefix") { Description = "Only keys starting with this", DefaultValueFactory = _ => "" };

    public ListCommand()
        : base("list", "List the open alerts (raised and not resolved)")
    {
        Add(_json);
        Add(_prefix);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.GetValue(_json));
        IReadOnlyList<OpenAlert> open = await services.Get<AlertDispatcher>().OpenAsync(parseResult.GetValue(_prefix) ?? "", cancellationToken);
        foreach (OpenAlert alert in open)
        {
            if (output.IsJson)
            {
                await output.WriteJsonAsync(new
                {
                    key = alert.Key,
                    subject = alert.Subject,
                    firstSeenAt = alert.FirstSeenAt,
                    lastSeenAt = alert.LastSeenAt,
                    lastSentAt = alert.LastSentAt,
                    occurrences = alert.OccurrenceCount,
                });
            }
            else
            {
                string sent = alert.LastSentAt is { } at ? $"last mailed {at:u}" : "never mailed";
                await output.WriteLineAsync($"{alert.Key}: {alert.Subject} ({alert.OccurrenceCount}x since {alert.FirstSeenAt:u}, {sent})");
            }
        }

        if (!output.IsJson && open.Count == 0)
        {
            await output.WriteLineAsync("no open alerts");
        }

        return ExitCodes.Success;
    }
}
