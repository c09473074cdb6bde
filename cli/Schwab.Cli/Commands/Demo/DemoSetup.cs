using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Cli.Commands.Accounts;
using Schwab.Cli.Commands.Balances;
using Schwab.Core.Api.Auth;
using Schwab.Core.Collectors;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;
using Schwab.Simulator;

namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// What an operator does before starting the daemons, done for the demo in <c>DIR</c>: a settings file pointing at the
/// simulator, a token key, the schema (<c>schwabctl db migrate</c>) and a login (<c>schwabctl auth</c>, with the
/// simulator playing the browser's part).
/// </summary>
internal sealed class DemoSetup(string folder)
{
    public const string ApiName = "MAIN_DATA";

    public string SettingsPath => Path.Combine(folder, "schwab.json");

    public string DatabasePath => Path.Combine(folder, "schwab.db");

    public string KeyPath => Path.Combine(folder, "token.key");

    /// <summary>Removes an earlier run's database (keeping its logs until they are overwritten) and writes settings and key.</summary>
    /// <returns>The database it replaced, or null when this folder had none.</returns>
    public async Task<string?> PrepareAsync(SchwabSimulator simulator, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        string? replaced = File.Exists(DatabasePath) ? DatabasePath : null;
        foreach (string suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(DatabasePath + suffix);
        }

        if (!File.Exists(KeyPath))
        {
            TokenKey.CreateKeyFile(KeyPath);
        }

        // The simulator's app key and secret are not secrets, so they sit in the settings file with everything else; a
        // real deployment keeps ClientId and ClientSecret in schwab.env.
        var settings = new
        {
            Database = new { Provider = "Sqlite", ConnectionString = $"Data Source={DatabasePath}" },
            Security = new { KeyFile = KeyPath },
            Schwab = new
            {
                DataApp = ApiName,
                TradeApp = ApiName,
                Apps = new Dictionary<string, object>
                {
                    [ApiName] = new
                    {
                        BaseUrl = simulator.BaseUrl.AbsoluteUri.TrimEnd('/'),
                        simulator.Options.ClientId,
                        simulator.Options.ClientSecret,
                        simulator.Options.RedirectUri,
                    },
                },
            },
        };
        await File.WriteAllTextAsync(SettingsPath, JsonSerializer.Serialize(settings, s_indented), cancellationToken);
        return replaced;
    }

    /// <summary>Creates the schema, logs in and links the account hashes; returns one line per step for the terminal.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAndLogInAsync(CliServices services, SchwabSimulator simulator, CancellationToken cancellationToken)
    {
        MigrationResult migration = await services.Get<Migrator>().MigrateAsync(cancellationToken);
        var lines = new List<string> { $"schema at version {migration.CurrentVersion} (schwabctl db migrate)" };
        await using AsyncServiceScope scope = services.Provider.CreateAsyncScope();
        OAuthTokens tokens = await scope.ServiceProvider.GetRequiredService<OAuthClient>()
            .ExchangeCodeAsync(ApiName, simulator.IssueAuthorizationCode(), cancellationToken);
        TokenSet stored = await scope.ServiceProvider.GetRequiredService<TokenRefresher>().StoreLoginAsync(ApiName, tokens, cancellationToken);
        lines.Add($"logged in as {ApiName}: access token until {stored.ExpiresAt:HH:mm:ss} UTC, refresh token until {stored.RefreshExpiresAt:yyyy-MM-dd} (schwabctl auth)");
        lines.AddRange(await AccountLinker.LinkAsync(scope.ServiceProvider, ApiName, cancellationToken));
        return lines;
    }

    /// <summary>One balances-and-positions snapshot now, as <c>schwabctl balances --once</c> takes it.</summary>
    public static async Task<string> TakeBalancesSnapshotAsync(CliServices services, CancellationToken cancellationToken)
    {
        BalancesSnapshot snapshot = await BalancesCommand.SnapshotAsync(services, cancellationToken);
        return $"balances snapshot: {snapshot.AccountHashes.Count} accounts, {snapshot.BalancesInserted} balance and {snapshot.PositionsInserted} position rows "
            + "(schwabctl balances --once; schwab-balances takes the scheduled ones at 09:00, 13:00, 17:00, 17:45 and 21:00 ET)";
    }

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };
}
