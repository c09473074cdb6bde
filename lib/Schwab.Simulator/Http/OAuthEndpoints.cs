using System.Text;
using Microsoft.AspNetCore.Http;
using Schwab.Simulator.Json;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Http;

/// <summary><c>GET /v1/oauth/authorize</c> and <c>POST /v1/oauth/token</c> (schwab-api.md §1).</summary>
internal sealed class OAuthEndpoints(SimulatorState state)
{
    public async Task<SimResponse> HandleAsync(SimContext ctx)
    {
        return (ctx.Segments[2], ctx.Method) switch
        {
            ("authorize", "GET") => Authorize(ctx),
            ("token", "POST") => await TokenAsync(ctx),
            ("authorize" or "token", _) => new SimResponse(405, ErrorJson.OAuth("invalid_request", "method not allowed")),
            _ => new SimResponse(404, ErrorJson.OAuth("invalid_request", "unknown OAuth endpoint")),
        };
    }

    private SimResponse Authorize(SimContext ctx)
    {
        string? clientId = ctx.Get("client_id"), redirect = ctx.Get("redirect_uri"), responseType = ctx.Get("response_type");
        if (clientId is null || !state.Tokens.IsKnownClient(clientId))
        {
            return new SimResponse(400, ErrorJson.OAuth("invalid_client", "client_id is missing or not a registered app"));
        }

        if (redirect != state.Options.RedirectUri)
        {
            return new SimResponse(400, ErrorJson.OAuth("invalid_request", "redirect_uri does not exactly match the app's registered callback URL"));
        }

        if (responseType is not null && responseType != "code")
        {
            return new SimResponse(400, ErrorJson.OAuth("unsupported_response_type", "response_type must be code"));
        }

        string code = state.Tokens.IssueCode(clientId, redirect);
        var location = new StringBuilder(redirect).Append("?code=").Append(Uri.EscapeDataString(code))
            .Append("&session=").Append(Guid.NewGuid());
        if (ctx.Get("state") is { } st)
        {
            location.Append("&state=").Append(Uri.EscapeDataString(st));
        }

        return SimResponse.Empty(302) with { Location = location.ToString() };
    }

    private async Task<SimResponse> TokenAsync(SimContext ctx)
    {
        var (clientId, secret) = BasicCredentials(ctx.Http.Request);
        var form = ctx.Http.Request.HasFormContentType ? await ctx.Http.Request.ReadFormAsync(ctx.Http.RequestAborted) : null;
        string grantType = form?["grant_type"].ToString() ?? "";
        var kind = grantType == "refresh_token" ? TokenGrantKind.RefreshToken : TokenGrantKind.AuthorizationCode;
        SimResponse Refuse(int status, string error, string description, byte[]? body = null)
        {
            state.Record.Add(new RecordedTokenGrant(kind, ctx.Now, clientId, false, error));
            Log.TokenGranted(state.Logger, grantType, clientId, error);
            return new SimResponse(status, body ?? ErrorJson.OAuth(error, description));
        }

        if (!state.Tokens.CheckSecret(clientId, secret))
        {
            return Refuse(401, "invalid_client", "client authentication failed: send Authorization: Basic base64(app key:app secret)");
        }

        string access;
        string refresh;
        if (grantType == "authorization_code")
        {
            string code = form!["code"].ToString();
            string? error = state.Tokens.RedeemCode(code, clientId, form["redirect_uri"].ToString());
            if (error is not null)
            {
                return Refuse(400, error, error == "invalid_request"
                    ? "code is still URL-encoded (contains %40): decode the redirect's code exactly once"
                    : "authorization code is unknown, already used, expired, or redirect_uri differs");
            }

            (access, refresh) = state.Tokens.IssuePair(clientId);
        }
        else if (grantType == "refresh_token")
        {
            refresh = form!["refresh_token"].ToString();
            if (!state.Tokens.CanRefresh(refresh, clientId))
            {
                return Refuse(400, "unsupported_token_type", "", ErrorJson.RefreshTokenRejected());
            }

            access = state.Tokens.IssueAccess(clientId);
        }
        else
        {
            return Refuse(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
        }

        state.Record.Add(new RecordedTokenGrant(kind, ctx.Now, clientId, true, null));
        Log.TokenGranted(state.Logger, grantType, clientId, "issued");
        return SimResponse.Json(TokenJson(access, refresh));
    }

    private byte[] TokenJson(string access, string refresh) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("expires_in", (long)state.Options.AccessTokenLifetime.TotalSeconds);
        w.WriteString("token_type", "Bearer");
        w.WriteString("scope", "api");
        w.WriteString("refresh_token", refresh);
        w.WriteString("access_token", access);
        w.WriteString("id_token", IdToken());
        w.WriteEndObject();
    });

    private string IdToken()
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        long iat = state.Time.GetUtcNow().ToUnixTimeSeconds();
        return B64("{\"typ\":\"JWT\",\"alg\":\"RS256\"}") + "." + B64("{\"sub\":\"simulator\",\"iat\":" + iat + "}") + ".c2ltdWxhdG9y";
    }

    private static (string ClientId, string Secret) BasicCredentials(HttpRequest request)
    {
        string header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return ("", "");
        }

        try
        {
            string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            int colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? ("", "") : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return ("", "");
        }
    }
}
