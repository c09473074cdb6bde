using System.Text.Json;
using Schwab.Core.Api.Http;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api;

/// <summary>Account transactions (<c>/trader/v1/accounts/{hash}/transactions</c>).</summary>
public sealed class TransactionsApi
{
    /// <summary>Every transaction type (what schwab-py sends by default); the spec requires at least one.</summary>
    public const string AllTypes = "TRADE,RECEIVE_AND_DELIVER,DIVIDEND_OR_INTEREST,ACH_RECEIPT,ACH_DISBURSEMENT,CASH_RECEIPT,"
        + "CASH_DISBURSEMENT,ELECTRONIC_FUND,WIRE_OUT,WIRE_IN,JOURNAL,MEMORANDUM,MARGIN_CALL,MONEY_MARKET,SMA_ADJUSTMENT";

    private readonly SchwabHttp _http;

    internal TransactionsApi(SchwabHttp http, string apiName)
    {
        _http = http;
        ApiName = apiName;
    }

    /// <summary>Gets the app whose credentials and rate budget these calls use.</summary>
    public string ApiName { get; }

    /// <summary>Gets transactions in a window (max 1 year, max 3000 per response).</summary>
    /// <param name="accountHash">The account hash.</param>
    /// <param name="startDate">The window start (sent as ISO with milliseconds and Z).</param>
    /// <param name="endDate">The window end.</param>
    /// <param name="types">Comma-separated types (default <see cref="AllTypes"/>).</param>
    /// <param name="symbol">An optional symbol filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transactions with their raw JSON.</returns>
    public async Task<IReadOnlyList<AccountTransaction>> GetTransactionsAsync(string accountHash, DateTimeOffset startDate, DateTimeOffset endDate,
        string? types = null, string? symbol = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountHash);
        string path = new QueryString($"/trader/v1/accounts/{QueryString.Segment(accountHash)}/transactions")
            .Add("startDate", QueryString.IsoMillis(startDate)).Add("endDate", QueryString.IsoMillis(endDate))
            .Add("types", types ?? AllTypes).Add("symbol", symbol).ToString();
        List<JsonElement> elements = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.ListJsonElement, cancellationToken);
        return [.. elements.Select(OrderMapper.ToTransaction)];
    }

    /// <summary>Gets one transaction.</summary>
    /// <param name="accountHash">The account hash.</param>
    /// <param name="activityId">The activity id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transaction.</returns>
    public async Task<AccountTransaction> GetTransactionAsync(string accountHash, long activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountHash);
        string path = $"/trader/v1/accounts/{QueryString.Segment(accountHash)}/transactions/{activityId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        JsonElement element = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.JsonElement, cancellationToken);

        // Schwab has been seen answering a single-item lookup with a one-element array.
        return OrderMapper.ToTransaction(element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0 ? element[0] : element);
    }
}
