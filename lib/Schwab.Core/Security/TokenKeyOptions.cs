namespace Schwab.Core.Security;

/// <summary>Where the token encryption key comes from (configuration section <c>Security</c>).</summary>
/// <remarks>
/// Every executable reads <c>token.key</c> beside the settings file (<c>/etc/schwab/token.key</c>, root:schwab 0640)
/// unless <see cref="KeyFile"/> names another file. A systemd credential <c>token-key</c>
/// (<c>$CREDENTIALS_DIRECTORY/token-key</c>), if a unit provides one, wins over both.
/// </remarks>
public sealed class TokenKeyOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Security";

    /// <summary>Path of the key file used when no systemd credential named <c>token-key</c> is present.</summary>
    /// <value>Default: <c>token.key</c> beside the settings file when it exists, otherwise none.</value>
    public string? KeyFile { get; set; }
}
