namespace Schwab.Simulator.Json;

/// <summary>Schwab's error bodies (schwab-api.md §1.6 and §3.2).</summary>
internal static class ErrorJson
{
    /// <summary>The gateway 401 for a missing, expired or unknown access token.</summary>
    public static byte[] Unauthorized() => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("errors");
        w.WriteStartObject();
        w.WriteString("id", Guid.NewGuid().ToString());
        w.WriteNumber("status", 401);
        w.WriteString("title", "Unauthorized");
        w.WriteString("detail", "Client not authorized");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Market-data errors: an array of error objects; <c>status</c> is a string.</summary>
    public static byte[] MarketData(int status, string title, string? detail, string? parameter = null) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("errors");
        w.WriteStartObject();
        w.WriteString("id", Guid.NewGuid().ToString());
        w.WriteString("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("title", title);
        if (detail is not null)
        {
            w.WriteString("detail", detail);
        }

        if (parameter is not null)
        {
            w.WriteStartObject("source");
            w.WriteString("parameter", parameter);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Trader-API errors: the spec's <c>ServiceError</c>, <c>{"message":…,"errors":[…]}</c>.</summary>
    public static byte[] Trader(string message) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", message);
        w.WriteStartArray("errors");
        w.WriteStringValue(message);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>An OAuth-style token-endpoint error.</summary>
    public static byte[] OAuth(string error, string description) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("error", error);
        w.WriteString("error_description", description);
        w.WriteEndObject();
    });

    /// <summary>The observed 400 for an expired or revoked refresh token, with its nested string-escaped JSON.</summary>
    public static byte[] RefreshTokenRejected()
    {
        string digest = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        string inner = "{\"error_description\":\"Exception while authenticating refresh token [tokenDigest=" + digest
            + ", Exception=Failed refresh token authentication [tokenDigest=" + digest + "]]\",\"error\":\"refresh_token_authentication_error\"}";
        return OAuth("unsupported_token_type", "400 Bad Request: \"" + inner + "\"");
    }

    /// <summary>The gateway's body when a response is too large (schwab-api.md §2.8).</summary>
    public static byte[] BodyBufferOverflow() =>
        "{\"fault\":{\"faultstring\":\"Body buffer overflow\",\"detail\":{\"errorcode\":\"protocol.http.TooBigBody\"}}}"u8.ToArray();
}
