namespace Schwab.Simulator.Http;

/// <summary>The body of <c>POST /admin/faults</c>, e.g. <c>{"http":[{"pathPrefix":"/marketdata/v1/chains","statusCode":429,"retryAfterSeconds":2,"times":3}]}</c>.</summary>
internal sealed record AdminFaultRequest(
    bool Clear = false,
    IReadOnlyList<AdminHttpFault>? Http = null,
    IReadOnlyList<AdminStreamFault>? Stream = null,
    bool ExpireRefreshTokens = false);
