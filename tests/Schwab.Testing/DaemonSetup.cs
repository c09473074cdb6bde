using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;

namespace Schwab.Testing;

/// <summary>
/// What a daemon needs before READY, laid in a temp folder: a token key file, a migrated SQLite file, and a
/// settings file naming both plus one app — so start-up checks pass the way they would after install.
/// </summary>
public static class DaemonSetup
{
    /// <summary>Writes <c>token.key</c>, <c>pipeline.db</c> (migrated) and <c>schwab.json</c>; returns the settings path.</summary>
    /// <param name="dir">Where to put them.</param>
    /// <param name="extraSections">JSON members added to the settings root, e.g. <c>"Chains": { "StrikeCount": 5 }</c>.</param>
    /// <param name="baseUrl">The app's base URL (the simulator's, in end-to-end tests).</param>
    /// <param name="app">The app's key and secret (a simulator's), or null for placeholders.</param>
    public static async Task<string> WriteAsync(
        TempDirectory dir, string? extraSections = null, string baseUrl = "http://127.0.0.1:9", (string ClientId, string ClientSecret)? app = null)
    {
        string key = dir.File("token.key");
        if (!File.Exists(key))
        {
            TokenKey.CreateKeyFile(key);
        }

        string database = dir.File("pipeline.db");
        await PrepareDatabaseAsync(database, key);
        return dir.Write("schwab.json", Settings(database, key, baseUrl, extraSections, app));
    }

    /// <summary>A complete settings file: the SQLite file, the key file (or none: a systemd credential), one app.</summary>
    /// <param name="app">The app's key and secret (a simulator's), or null for placeholders.</param>
    public static string Settings(
        string databasePath, string? keyFile, string baseUrl = "http://127.0.0.1:9", string? extraSections = null, (string ClientId, string ClientSecret)? app = null)
    {
        (string clientId, string clientSecret) = app ?? ("test-client", "test-secret");
        string extra = string.IsNullOrWhiteSpace(extraSections) ? "" : "," + extraSections;
        string security = keyFile is null ? "" : $$""" "Security": { "KeyFile": "{{keyFile}}" }, """;
        return $$"""
            {
              "Database": { "Provider": "Sqlite", "ConnectionString": "Data Source={{databasePath}}" },
              {{security}}
              "Schwab": { "Apps": { "MAIN_DATA": { "ClientId": "{{clientId}}", "ClientSecret": "{{clientSecret}}", "BaseUrl": "{{baseUrl}}", "RedirectUri": "https://127.0.0.1" } },
                          "DataApp": "MAIN_DATA", "TradeApp": "MAIN_DATA" }
              {{extra}}
            }
            """;
    }

    /// <summary>
    /// Creates (or upgrades) a SQLite file with the real migration scripts and, given the key, stores a fresh token pair
    /// for MAIN_DATA as <c>schwabctl auth</c> would (issued now, access for 30 minutes, refresh for 7 days).
    /// </summary>
    public static async Task PrepareDatabaseAsync(string databasePath, string? keyFile)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = $"Data Source={databasePath}",
                ["Security:KeyFile"] = keyFile,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSchwabData();
        await using ServiceProvider provider = services.BuildServiceProvider();
        await provider.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        if (keyFile is not null)
        {
            TokenStore store = provider.GetRequiredService<TokenStore>();
            TokenSet? existing = await store.GetAsync("MAIN_DATA", CancellationToken.None);
            TokenSet fresh = TokenSet.FromLogin("MAIN_DATA", "test-access-token", "test-refresh-token", TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(30));
            await store.SaveAsync(fresh with { Version = existing?.Version ?? 0 }, existing?.Version ?? 0, CancellationToken.None);
        }
    }
}
