using System.CommandLine;

namespace Schwab.Cli.Commands.Alert;

/// <summary><c>schwabctl alert</c>: the SMTP alerts.</summary>
internal sealed class AlertCommand : Command
{
    public AlertCommand()
        : base("alert", "Send, list and resolve alerts (SMTP, throttled per key)")
    {
        Add(new TestCommand());
        Add(new UnitFailedCommand());
        Add(new ListCommand());
        Add(new ResolveCommand());
    }
}
