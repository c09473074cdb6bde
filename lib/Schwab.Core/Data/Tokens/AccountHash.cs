namespace Schwab.Core.Data.Tokens;

/// <summary>One account of an app: its number (plaintext in memory only) and the hash Schwab uses in URLs.</summary>
/// <param name="ApiName">The app the hash was obtained with.</param>
/// <param name="AccountNumber">The account number (stored encrypted; never log it, log <paramref name="Hash"/>).</param>
/// <param name="Hash">The account hash (<c>hashValue</c> of <c>/accounts/accountNumbers</c>).</param>
/// <param name="UpdatedAt">When the row was last written (UTC).</param>
internal sealed record AccountHash(string ApiName, string AccountNumber, string Hash, DateTimeOffset UpdatedAt)
{
    /// <summary>Formats without the account number (only its last 3 digits).</summary>
    public override string ToString() =>
        $"AccountHash {{ ApiName = {ApiName}, AccountNumber = ...{AccountNumber[Math.Max(0, AccountNumber.Length - 3)..]}, Hash = {Hash} }}";
}
