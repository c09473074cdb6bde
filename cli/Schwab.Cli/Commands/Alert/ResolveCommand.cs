using System.CommandLine;
using Schwab.Core.Alerts;

namespace Schwab.Cli.Commands.Alert;

/// <summary>
/// <c>schwabctl alert resolve KEY</c>: closes an open alert by hand and mails one recovery notice if the alert was
/// mailed. Exit 0 when it was open, 3 (not found) when no open alert has that key.
/// </summary>
internal sealed class ResolveCommand : SchwabCommand
{
    private readonly Argument<string> _key = new("key") { Description = "The alert key, as 'schwabctl alert list' shows it" };
    private readonly Option<string?> _message = new("--message") { Description = "What fixed it (goes into the recovery notice)" };

    public ResolveCommand()
        : base("resolve", "Resolve an open alert and send its recovery notice")
    {
        Add(_key);
        Add(_message);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        string key = parseResult.GetValue(_key) ?? "";
        string body = parseResult.GetValue(_message) is { Length: > 0 } message
            ? $"{key} was resolved by hand: {message}"
            : $"{key} was resolved by hand.";
        bool resolved = await services.Get<AlertDispatcher>().ResolveAsync(key, $"{key} resolved", body, cancellationToken);
        if (!resolved)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"schwabctl: no open alert '{key}'");
            return ExitCodes.NotFound;
        }

        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{key}: resolved");
        return ExitCodes.Success;
    }
}
