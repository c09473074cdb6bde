namespace Schwab.Core.Api;

/// <summary>
/// Schwab refused the refresh token (expired after 7 days, revoked or superseded); only the browser flow helps.
/// </summary>
public sealed class ReauthenticationRequiredException : SchwabApiException
{
    /// <summary>Initializes a new instance of the <see cref="ReauthenticationRequiredException"/> class.</summary>
    public ReauthenticationRequiredException()
        : this("MAIN_DATA")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReauthenticationRequiredException"/> class.</summary>
    /// <param name="apiName">The app whose refresh token was refused.</param>
    public ReauthenticationRequiredException(string apiName)
        : base(MessageFor(apiName))
    {
        ApiName = apiName;
    }

    /// <summary>Initializes a new instance of the <see cref="ReauthenticationRequiredException"/> class.</summary>
    /// <param name="apiName">The app whose refresh token was refused.</param>
    /// <param name="innerException">The refused token-endpoint response.</param>
    public ReauthenticationRequiredException(string apiName, Exception? innerException)
        : base(MessageFor(apiName), innerException)
    {
        ApiName = apiName;
    }

    /// <summary>Gets the app that must be re-authenticated.</summary>
    public string ApiName { get; } = "";

    /// <summary>The operator-facing text: <c>re-authentication required: run schwabctl auth --api NAME</c>.</summary>
    /// <param name="apiName">The app name.</param>
    /// <returns>The message.</returns>
    public static string MessageFor(string apiName) => $"re-authentication required: run schwabctl auth --api {apiName}";
}
