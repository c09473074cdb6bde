using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Http;
using Schwab.Core.Api.Models;

namespace Schwab.Core.Api.Auth;

/// <summary>
/// The OAuth 2 authorization-code flow against <c>/v1/oauth/authorize</c> and <c>/v1/oauth/token</c> (schwab-api.md §1).
/// Token-endpoint calls are not idempotent (a code is single-use; a refresh may rotate tokens), so they are never retried.
/// </summary>
public sealed class OAuthClient(HttpClient http, IOptions<SchwabApiOptions> options, TimeProvider time, ILogger<OAuthClient> logger)
{
    private const string TokenPath = "/v1/oauth/token";
    private static readonly string[] s_refusedRefreshCodes = ["refresh_token_authentication_error", "unsupported_token_type", "invalid_grant"];

    /// <summary>Builds the URL the user opens to log in and link accounts.</summary>
    /// <param name="apiName">The app, e.g. <c>MAIN_DATA</c>.</param>
    /// <param name="state">A random value; <see cref="OAuthRedirect.ParseCode"/> checks it on return.</param>
    /// <returns>The authorize URL.</returns>
    public Uri BuildAuthorizeUrl(string apiName, string state)
    {
        SchwabAppOptions app = options.Value.GetApp(apiName);
        string url = new QueryString(app.BaseUrl.TrimEnd('/') + "/v1/oauth/authorize")
            .Add("client_id", app.ClientId).Add("redirect_uri", app.RedirectUri).Add("response_type", "code").Add("state", state).ToString();
        return new Uri(url);
    }

    /// <summary>Returns the code from a pasted redirect URL, decoded once, after checking <paramref name="expectedState"/> (see <see cref="OAuthRedirect.ParseCode"/>).</summary>
    /// <param name="pastedUrl">The full redirect URL.</param>
    /// <param name="expectedState">The state sent in the authorize URL.</param>
    /// <returns>The code.</returns>
    public static string ParseRedirect(string pastedUrl, string expectedState) => OAuthRedirect.ParseCode(pastedUrl, expectedState);

    /// <summary>Exchanges an authorization code (already decoded once) for a new token pair; the refresh token's 7 days start now.</summary>
    /// <param name="apiName">The app.</param>
    /// <param name="code">The code from <see cref="OAuthRedirect.ParseCode"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens.</returns>
    public async Task<OAuthTokens> ExchangeCodeAsync(string apiName, string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        SchwabAppOptions app = options.Value.GetApp(apiName);
        TokenResponseDto dto = await PostAsync(app, [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", app.RedirectUri)], cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        OAuthTokens tokens = ToTokens(dto, previousRefreshToken: null, refreshTokenIssuedAt: now, now);
        Log.TokenExchanged(logger, "authorization_code", apiName, tokens.AccessTokenExpiresAt);
        return tokens;
    }

    /// <summary>
    /// Refreshes the access token. The refresh token's issue time is kept (refreshing does not extend its 7 days); a
    /// response without <c>refresh_token</c> keeps the old one. A refused refresh token throws
    /// <see cref="ReauthenticationRequiredException"/>.
    /// </summary>
    /// <param name="apiName">The app.</param>
    /// <param name="refreshToken">The current refresh token.</param>
    /// <param name="refreshTokenIssuedAt">When that refresh token was originally issued.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens.</returns>
    public async Task<OAuthTokens> RefreshAsync(string apiName, string refreshToken, DateTimeOffset refreshTokenIssuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        SchwabAppOptions app = options.Value.GetApp(apiName);
        TokenResponseDto dto;
        try
        {
            dto = await PostAsync(app, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], cancellationToken);
        }
        catch (SchwabApiException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized
            && s_refusedRefreshCodes.Any(c => ex.ErrorCode == c || ex.Message.Contains(c, StringComparison.Ordinal)))
        {
            Log.RefreshTokenRefused(logger, apiName, ex.ErrorCode);
            throw new ReauthenticationRequiredException(apiName, ex);
        }

        OAuthTokens tokens = ToTokens(dto, refreshToken, refreshTokenIssuedAt, time.GetUtcNow());
        Log.TokenExchanged(logger, "refresh_token", apiName, tokens.AccessTokenExpiresAt);
        return tokens;
    }

    private async Task<TokenResponseDto> PostAsync(SchwabAppOptions app, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        string endpoint = TokenPath;
        using var request = new HttpRequestMessage(HttpMethod.Post, app.BaseUrl.TrimEnd('/') + TokenPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{app.ClientId}:{app.ClientSecret}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (SchwabResponses.TranslateFailure(ex, "POST", endpoint, cancellationToken) is { } translated)
        {
            throw translated;
        }

        using (response)
        {
            await SchwabResponses.EnsureSuccessAsync(response, cancellationToken);
            try
            {
                TokenResponseDto? dto = await response.Content.ReadFromJsonAsync(SchwabJsonContext.Default.TokenResponseDto, cancellationToken);
                return dto is { AccessToken.Length: > 0 } ? dto : throw new JsonException("the token response has no access_token");
            }
            catch (JsonException ex)
            {
                throw SchwabResponses.MalformedBody("POST", endpoint, ex);
            }
        }
    }

    private static OAuthTokens ToTokens(TokenResponseDto dto, string? previousRefreshToken, DateTimeOffset refreshTokenIssuedAt, DateTimeOffset now) => new()
    {
        AccessToken = dto.AccessToken!,
        RefreshToken = string.IsNullOrEmpty(dto.RefreshToken)
            ? previousRefreshToken ?? throw SchwabResponses.MalformedBody("POST", TokenPath, new JsonException("the token response has no refresh_token"))
            : dto.RefreshToken,
        AccessTokenExpiresAt = now + TimeSpan.FromSeconds(dto.ExpiresIn > 0 ? dto.ExpiresIn : 1800),
        RefreshTokenIssuedAt = refreshTokenIssuedAt,
        TokenType = dto.TokenType,
        Scope = dto.Scope,
        IdToken = dto.IdToken,
    };
}
