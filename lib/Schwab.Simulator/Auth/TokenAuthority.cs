using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Schwab.Simulator.Auth;

/// <summary>Issues and checks authorization codes, access tokens and refresh tokens on the simulator clock.</summary>
internal sealed class TokenAuthority(SimulatorOptions options, FaultPlan faults)
{
    public const string CodePrefix = "C0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.";
    private const string AccessPrefix = "I0.b2F1dGgyLmJkYy5zY2h3YWIuY29t.";
    private readonly ConcurrentDictionary<string, (string ClientId, string RedirectUri, DateTimeOffset IssuedAt)> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ClientId, DateTimeOffset ExpiresAt)> _access = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ClientId, DateTimeOffset IssuedAt)> _refresh = new(StringComparer.Ordinal);

    public bool IsKnownClient(string clientId) =>
        clientId == options.ClientId || options.AdditionalClients.ContainsKey(clientId);

    public bool CheckSecret(string clientId, string secret) =>
        (clientId == options.ClientId && secret == options.ClientSecret)
        || (options.AdditionalClients.TryGetValue(clientId, out string? s) && s == secret);

    /// <summary>A fresh code ending in <c>@</c>, as the redirect carries it before URL-encoding.</summary>
    public string IssueCode(string clientId, string redirectUri)
    {
        string code = CodePrefix + Random(48) + "@";
        _codes[code] = (clientId, redirectUri, options.Time.GetUtcNow());
        return code;
    }

    /// <summary>Redeems a code once; returns the OAuth error code on failure.</summary>
    public string? RedeemCode(string code, string clientId, string? redirectUri)
    {
        if (code.Contains("%40", StringComparison.Ordinal) || code.Contains("%2540", StringComparison.Ordinal))
        {
            return "invalid_request";
        }

        if (!_codes.TryRemove(code, out var grant) || grant.ClientId != clientId)
        {
            return "invalid_grant";
        }

        if (options.Time.GetUtcNow() - grant.IssuedAt > options.AuthCodeLifetime)
        {
            return "invalid_grant";
        }

        return redirectUri == grant.RedirectUri ? null : "invalid_grant";
    }

    public (string Access, string Refresh) IssuePair(string clientId)
    {
        string refresh = Random(96) + "@";
        _refresh[refresh] = (clientId, options.Time.GetUtcNow());
        return (IssueAccess(clientId), refresh);
    }

    /// <summary>True when the refresh token is known, belongs to the app, is within its lifetime and not revoked by a fault.</summary>
    public bool CanRefresh(string refreshToken, string clientId)
    {
        if (!_refresh.TryGetValue(refreshToken, out var grant) || grant.ClientId != clientId)
        {
            return false;
        }

        return options.Time.GetUtcNow() - grant.IssuedAt < options.RefreshTokenLifetime && !faults.IsRefreshTokenRevoked(grant.IssuedAt);
    }

    public string IssueAccess(string clientId)
    {
        string token = AccessPrefix + Random(96) + "@";
        _access[token] = (clientId, options.Time.GetUtcNow() + options.AccessTokenLifetime);
        return token;
    }

    public bool IsValidAccessToken(string? token) =>
        token is not null && _access.TryGetValue(token, out var grant) && options.Time.GetUtcNow() < grant.ExpiresAt;

    private static string Random(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
