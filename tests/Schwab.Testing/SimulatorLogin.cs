using Microsoft.Extensions.DependencyInjection;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Simulator;

namespace Schwab.Testing;

/// <summary>A real login against a simulator stored in a SQLite file, as <c>schwabctl auth --code</c> does it.</summary>
public static class SimulatorLogin
{
    /// <summary>Exchanges a fresh authorization code at <paramref name="simulator"/> and stores the tokens of MAIN_DATA.</summary>
    /// <returns>When the stored access token and refresh token expire.</returns>
    public static async Task<(DateTimeOffset AccessExpiresAt, DateTimeOffset RefreshExpiresAt)> LoginAsync(
        SchwabSimulator simulator, string databasePath, string keyFile, CancellationToken cancellationToken = default)
    {
        await using ServiceProvider provider = SimulatorServices.Build(simulator, databasePath, keyFile);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();
        OAuthTokens tokens = await scope.ServiceProvider.GetRequiredService<OAuthClient>()
            .ExchangeCodeAsync("MAIN_DATA", simulator.IssueAuthorizationCode(), cancellationToken);
        TokenSet stored = await scope.ServiceProvider.GetRequiredService<TokenRefresher>().StoreLoginAsync("MAIN_DATA", tokens, cancellationToken);
        return (stored.ExpiresAt, stored.RefreshExpiresAt);
    }
}
