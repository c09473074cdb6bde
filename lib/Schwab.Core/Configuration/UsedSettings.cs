namespace Schwab.Core.Configuration;

/// <summary>
/// Top-level sections a daemon uses. A problem in one of them refuses its start; a problem anywhere else is logged as a
/// warning and the daemon starts (a typo in <c>Alerts</c> must not stop <c>schwab-tokens</c>). With none registered
/// (<c>schwabctl</c>), every section counts.
/// </summary>
/// <param name="Sections">The section names.</param>
public sealed record UsedSettings(IReadOnlyCollection<string> Sections)
{
    /// <summary>The sections every daemon uses: the database, the token key and the Schwab API apps.</summary>
    public static readonly IReadOnlyList<string> Common = [Data.DatabaseOptions.SectionName, Security.TokenKeyOptions.SectionName, Api.SchwabApiOptions.SectionName];
}
