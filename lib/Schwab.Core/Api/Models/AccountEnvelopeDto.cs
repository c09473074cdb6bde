namespace Schwab.Core.Api.Models;

/// <summary>One element of GET /trader/v1/accounts (or the single-account body), §2.3.</summary>
internal sealed record AccountEnvelopeDto
{
    public SecuritiesAccountDto? SecuritiesAccount { get; init; }

    public AggregatedBalanceDto? AggregatedBalance { get; init; }
}
