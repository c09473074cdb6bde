namespace Schwab.Core.Api.Auth;

/// <summary>Parses the redirect URL a user pastes after logging in (schwab-api.md §1.2).</summary>
public static class OAuthRedirect
{
    /// <summary>
    /// Returns the authorization code from <paramref name="pastedUrl"/>, URL-decoded exactly once (<c>…%40</c> → <c>…@</c>),
    /// after checking that <c>state</c> matches. Throws <see cref="ArgumentException"/> with a one-line reason otherwise.
    /// </summary>
    /// <param name="pastedUrl">The full address-bar URL, e.g. <c>https://127.0.0.1/?code=C0.…%40&amp;session=…&amp;state=…</c>.</param>
    /// <param name="expectedState">The state sent in the authorize URL.</param>
    /// <returns>The decoded code.</returns>
    public static string ParseCode(string pastedUrl, string expectedState)
    {
        string text = pastedUrl?.Trim() ?? "";
        if (!Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            throw new ArgumentException("the pasted text is not a URL: paste the whole address-bar URL Schwab redirected to", nameof(pastedUrl));
        }

        Dictionary<string, string> query = Query(text);
        if (query.TryGetValue("error", out string? error))
        {
            string detail = query.TryGetValue("error_description", out string? description) ? $" ({description})" : "";
            throw new ArgumentException($"Schwab refused the login: {error}{detail}", nameof(pastedUrl));
        }

        if (!query.TryGetValue("state", out string? state) || !string.Equals(state, expectedState, StringComparison.Ordinal))
        {
            throw new ArgumentException("state mismatch: this redirect does not belong to this login attempt; start `schwabctl auth` again", nameof(pastedUrl));
        }

        if (!query.TryGetValue("code", out string? code) || code.Length == 0)
        {
            throw new ArgumentException("the redirect URL has no code parameter; paste the URL from after the login completed", nameof(pastedUrl));
        }

        return code;
    }

    /// <summary>Splits the query of the text as pasted (never through <see cref="Uri.Query"/>, which may re-encode) and decodes each value once.</summary>
    private static Dictionary<string, string> Query(string url)
    {
        int start = url.IndexOf('?', StringComparison.Ordinal);
        int end = url.IndexOf('#', StringComparison.Ordinal);
        string query = start < 0 ? "" : end > start ? url[(start + 1)..end] : url[(start + 1)..];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            values.TryAdd(name, eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]));
        }

        return values;
    }
}
