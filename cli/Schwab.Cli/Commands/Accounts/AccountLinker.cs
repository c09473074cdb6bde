using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Domain;

namespace Schwab.Cli.Commands.Accounts;

/// <summary>Fetches the app's account numbers and hashes and stores them (numbers encrypted); prints only masked numbers.</summary>
internal static class AccountLinker
{
    public static async Task<IReadOnlyList<string>> LinkAsync(IServiceProvider services, string apiName, CancellationToken cancellationToken)
    {
        SchwabClient client = services.GetRequiredService<SchwabClient>().ForApp(apiName);
        HashStore hashes = services.GetRequiredService<HashStore>();
        IReadOnlyList<AccountLink> links = await client.Accounts.GetAccountNumbersAsync(cancellationToken);
        var lines = new List<string>();
        foreach (AccountLink link in links)
        {
            await hashes.UpsertAsync(apiName, link.AccountNumber, link.AccountHash, cancellationToken);
            lines.Add($"linked account {link.MaskedNumber} -> {link.AccountHash}");
        }

        if (lines.Count == 0)
        {
            lines.Add($"{apiName} has no linked accounts (select them on Schwab's consent page during 'schwabctl auth')");
        }

        return lines;
    }
}
