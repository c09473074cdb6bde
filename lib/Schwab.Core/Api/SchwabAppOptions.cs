namespace Schwab.Core.Api;

/// <summary>
/// One registered Schwab developer application, bound from <c>Schwab:Apps:&lt;NAME&gt;</c>.
/// </summary>
/// <remarks>
/// The secret and client id belong in the environment file (<c>Schwab__Apps__NAME__ClientSecret</c>), never in JSON.
/// Schwab allows 120 non-order requests per minute per application (integration guide, June 2023).
/// </remarks>
public sealed class SchwabAppOptions
{
    /// <summary>Gets or sets the app name (the configuration key, e.g. <c>MAIN_DATA</c>); filled in from the key.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the app key issued by Schwab (the OAuth client id).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Gets or sets the app secret (the OAuth client secret). Secret: environment file only.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Gets or sets the callback URL registered on the app; must match it exactly (no stray trailing slash).</summary>
    public string RedirectUri { get; set; } = "";

    /// <summary>Gets or sets the API base URL.</summary>
    /// <value>Defaults to <c>https://api.schwabapi.com</c>; point it at the simulator in tests and demos.</value>
    public string BaseUrl { get; set; } = "https://api.schwabapi.com";

    /// <summary>Gets or sets the client-side request budget for this app.</summary>
    /// <value>Defaults to 120 requests in any rolling 60-second window; range 1–10000.</value>
    public int RequestsPerMinute { get; set; } = 120;
}
