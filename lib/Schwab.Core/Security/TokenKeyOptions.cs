namespace Schwab.Core.Security;

/// <summary>Where the token encryption key comes from (configuration section <c>Security</c>).</summary>
/// <remarks>
/// Under systemd the key is a credential: <c>LoadCredential=token-key:/etc/schwab/token.key</c> makes it readable at
/// <c>$CREDENTIALS_DIRECTORY/token-key</c>, which wins over <see cref="KeyFile"/>. In a terminal, point
/// <see cref="KeyFile"/> at the file <c>schwabctl</c> created (mode 0600, 32 random bytes, base64).
/// </remarks>
public sealed class TokenKeyOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Security";

    /// <summary>Path of the key file used when no systemd credential named <c>token-key</c> is present.</summary>
    /// <value>Default null (only the systemd credential is used).</value>
    public string? KeyFile { get; set; }
}
