using System.CommandLine;

namespace Schwab.Cli.Commands.Key;

/// <summary><c>schwabctl key</c>: the token-encryption key.</summary>
internal sealed class KeyCommand : Command
{
    public KeyCommand()
        : base("key", "Manage the key that encrypts tokens, secrets and account numbers at rest")
    {
        Add(new CreateCommand());
    }
}
