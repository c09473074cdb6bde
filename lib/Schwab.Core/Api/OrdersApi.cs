using System.Text.Json;
using Schwab.Core.Api.Http;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api;

/// <summary>
/// Orders, read only (<c>/trader/v1</c>): this product never places, replaces or cancels orders, so this group has no
/// method that could.
/// </summary>
public sealed class OrdersApi
{
    private readonly SchwabHttp _http;

    internal OrdersApi(SchwabHttp http, string apiName)
    {
        _http = http;
        ApiName = apiName;
    }

    /// <summary>Gets the app whose credentials and rate budget these calls use.</summary>
    public string ApiName { get; }

    /// <summary>Gets one account's orders entered in a time window (max 1 year; up to <paramref name="maxResults"/>, default 3000).</summary>
    /// <param name="accountHash">The account hash.</param>
    /// <param name="fromEnteredTime">The window start.</param>
    /// <param name="toEnteredTime">The window end.</param>
    /// <param name="status">An optional status filter, e.g. <c>FILLED</c>.</param>
    /// <param name="maxResults">An optional result cap.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders with their raw JSON.</returns>
    public Task<IReadOnlyList<Order>> GetOrdersAsync(string accountHash, DateTimeOffset fromEnteredTime, DateTimeOffset toEnteredTime,
        string? status = null, int? maxResults = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountHash);
        return GetListAsync(WindowPath($"/trader/v1/accounts/{QueryString.Segment(accountHash)}/orders", fromEnteredTime, toEnteredTime, status, maxResults), cancellationToken);
    }

    /// <summary>Gets every linked account's orders entered in a time window (Schwab: within 60 days).</summary>
    /// <param name="fromEnteredTime">The window start.</param>
    /// <param name="toEnteredTime">The window end.</param>
    /// <param name="status">An optional status filter.</param>
    /// <param name="maxResults">An optional result cap.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders with their raw JSON.</returns>
    public Task<IReadOnlyList<Order>> GetAllOrdersAsync(DateTimeOffset fromEnteredTime, DateTimeOffset toEnteredTime,
        string? status = null, int? maxResults = null, CancellationToken cancellationToken = default) =>
        GetListAsync(WindowPath("/trader/v1/orders", fromEnteredTime, toEnteredTime, status, maxResults), cancellationToken);

    /// <summary>Gets one order.</summary>
    /// <param name="accountHash">The account hash.</param>
    /// <param name="orderId">The order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order with its raw JSON.</returns>
    public async Task<Order> GetOrderAsync(string accountHash, long orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountHash);
        string path = $"/trader/v1/accounts/{QueryString.Segment(accountHash)}/orders/{orderId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        JsonElement element = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.JsonElement, cancellationToken);
        return OrderMapper.ToOrder(element);
    }

    private async Task<IReadOnlyList<Order>> GetListAsync(string path, CancellationToken cancellationToken)
    {
        List<JsonElement> elements = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.ListJsonElement, cancellationToken);
        return [.. elements.Select(OrderMapper.ToOrder)];
    }

    private static string WindowPath(string path, DateTimeOffset from, DateTimeOffset to, string? status, int? maxResults) =>
        new QueryString(path).Add("fromEnteredTime", QueryString.IsoMillis(from)).Add("toEnteredTime", QueryString.IsoMillis(to))
            .Add("maxResults", maxResults).Add("status", status).ToString();
}
