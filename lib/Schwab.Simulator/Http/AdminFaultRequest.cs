using System.Text.Json.Serialization;
using Schwab.Simulator.Faults;

namespace Schwab.Simulator.Http;

/// <summary>The body of <c>POST /admin/faults</c>.</summary>
internal sealed record AdminFaultRequest(
    bool Clear = false,
    IReadOnlyList<AdminHttpFault>? Http = null,
    IReadOnlyList<AdminStreamFault>? Stream = null,
    bool ExpireRefreshTokens = false);

internal sealed record AdminHttpFault(
    string PathPrefix = "", HttpFaultKind Kind = HttpFaultKind.Status, int StatusCode = 500, double? RetryAfterSeconds = null,
    double LatencyMs = 0, int MaxExpirations = 10, int? Times = null, double? DurationSeconds = null);

internal sealed record AdminStreamFault(StreamFaultKind Kind = StreamFaultKind.DropMidMessage, int Code = 30, double EverySeconds = 60);

internal sealed record AdminRecordSummary(
    int Requests, int TokenGrants, int Chains, int PriceHistories, int Orders, int Transactions, int StreamCommands, int StreamUpdates,
    IReadOnlyList<string> LastRequests);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AdminFaultRequest))]
[JsonSerializable(typeof(AdminRecordSummary))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
