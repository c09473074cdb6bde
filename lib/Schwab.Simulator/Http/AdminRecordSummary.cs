namespace Schwab.Simulator.Http;

/// <summary>The body of <c>GET /admin/record</c>: counts of what was served and the last requests.</summary>
internal sealed record AdminRecordSummary(
    int Requests, int TokenGrants, int Chains, int PriceHistories, int Orders, int Transactions, int StreamCommands, int StreamUpdates,
    IReadOnlyList<string> LastRequests);
