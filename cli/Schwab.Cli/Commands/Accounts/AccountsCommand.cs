using System.CommandLine;

namespace Schwab.Cli.Commands.Accounts;

/// <summary><c>schwabctl accounts</c>: the accounts an app can read.</summary>
internal sealed class AccountsCommand : Command
{
    public AccountsCommand()
        : base("accounts", "The brokerage accounts linked to an app")
    {
        Add(new LinkCommand());
    }
}
