using System.CommandLine;
using Microsoft.Extensions.Options;
using Schwab.Core.Security;

namespace Schwab.Cli.Commands.Key;

/// <summary><c>schwabctl key create</c>: writes a new random AES-256 key, mode 0600, never over an existing file.</summary>
internal sealed class CreateCommand : SchwabCommand
{
    private readonly Option<string?> _path = new("--path")
    {
        Description = "Where to write the key (default: Security:KeyFile from the settings)",
    };

    public CreateCommand()
        : base("create", "Create a new token key file (mode 0600); refuses to overwrite an existing one")
    {
        Add(_path);
    }

    protected override bool NeedsSettings => false;

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        string? path = parseResult.GetValue(_path) ?? services.Get<IOptions<TokenKeyOptions>>().Value.KeyFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("schwabctl: key create needs --path FILE or Security:KeyFile in the settings");
            return ExitCodes.Usage;
        }

        try
        {
            TokenKey.CreateKeyFile(path);
        }
        catch (TokenKeyException ex)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"schwabctl: {ex.Message}");
            return ExitCodes.Failure;
        }

        await parseResult.InvocationConfiguration.Output.WriteLineAsync($"created {Path.GetFullPath(path)} (mode 0600); as token.key beside the settings file it is found without a setting, elsewhere set Security:KeyFile");
        return ExitCodes.Success;
    }
}
