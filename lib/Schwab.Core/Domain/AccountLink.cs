namespace Schwab.Core.Domain;

/// <summary>
/// A plain account number and the hash Schwab requires in URL paths. <see cref="ToString"/> masks the number, so a
/// link is safe to log.
/// </summary>
/// <param name="AccountNumber">The plain account number (secret: never log it, store it encrypted).</param>
/// <param name="AccountHash">The encrypted account id (64 hex characters), stable and safe to log.</param>
public sealed record AccountLink(string AccountNumber, string AccountHash)
{
    /// <summary>Gets the number with all but the last three digits masked, e.g. <c>***678</c>.</summary>
    public string MaskedNumber => AccountNumber.Length <= 3 ? "***" : "***" + AccountNumber[^3..];

    /// <inheritdoc/>
    public override string ToString() => $"{MaskedNumber} -> {AccountHash}";
}
