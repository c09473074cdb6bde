using System.CommandLine;
using Microsoft.Extensions.Options;
using Schwab.Core.Alerts;
using Schwab.Core.Configuration;

namespace Schwab.Cli.Commands.Alert;

/// <summary><c>schwabctl alert test</c>: sends a test mail now; exit 0 when the SMTP server took it, 1 with a one-line reason otherwise.</summary>
internal sealed class TestCommand : SchwabCommand
{
    public TestCommand()
        : base("test", "Send a test alert mail now (no throttling); exit 0 when the SMTP server accepted it")
    {
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Get<AlertDispatcher>().SendTestAsync(cancellationToken);
        }
        catch (AlertDeliveryException ex)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"schwabctl: {ex.Message}");
            return ExitCodes.Failure;
        }

        AlertOptions options = services.Get<IOptions<AlertOptions>>().Value;
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(
            $"sent a test message to {string.Join(", ", options.To)} through {options.SmtpHost}:{options.SmtpPort}");
        return ExitCodes.Success;
    }
}
