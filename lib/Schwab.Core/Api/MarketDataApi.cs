using Schwab.Core.Api.Http;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Api;

/// <summary>Market data (<c>/marketdata/v1</c>): quotes, option chains, price history, market hours, expirations.</summary>
public sealed class MarketDataApi
{
    private readonly SchwabHttp _http;

    internal MarketDataApi(SchwabHttp http, string apiName)
    {
        _http = http;
        ApiName = apiName;
    }

    /// <summary>Gets the app whose credentials and rate budget these calls use.</summary>
    public string ApiName { get; }

    /// <summary>Gets quotes; unknown symbols come back in <see cref="QuoteSet.InvalidSymbols"/> (at most 500 symbols per call).</summary>
    /// <param name="symbols">The symbols, e.g. <c>$SPX</c> or <c>SPXW  250520C05660000</c>.</param>
    /// <param name="fields">Optional field blocks: <c>quote,fundamental,extended,reference,regular</c> (default all).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The quotes keyed by symbol.</returns>
    public async Task<QuoteSet> GetQuotesAsync(IEnumerable<string> symbols, string? fields = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        string path = new QueryString("/marketdata/v1/quotes").Add("symbols", string.Join(',', symbols)).Add("fields", fields).ToString();
        QuoteResponseDto dto = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.QuoteResponseDto, cancellationToken);
        return MarketDataMapper.ToQuoteSet(dto);
    }

    /// <summary>Gets a whole option chain (parsed from the stream; the body is never held in memory).</summary>
    /// <param name="request">The chain parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chain.</returns>
    public async Task<OptionChain> GetOptionChainAsync(OptionChainRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await _http.GetStreamAsync(ApiName, ChainPath(request),
            (body, ct) => OptionChainParser.ParseToListAsync(body, request.Symbol, ct), cancellationToken);
    }

    /// <summary>Streams an option chain in batches (memory bounded by one batch); the batch list is reused: copy what you keep.</summary>
    /// <param name="request">The chain parameters.</param>
    /// <param name="onBatch">Receives each batch of contracts as it is parsed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chain's top-level fields, complete once the body is read.</returns>
    public async Task<OptionChainSummary> StreamOptionChainAsync(
        OptionChainRequest request,
        Func<IReadOnlyList<OptionContract>, CancellationToken, ValueTask> onBatch,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onBatch);
        return await _http.GetStreamAsync(ApiName, ChainPath(request),
            (body, ct) => OptionChainParser.ParseAsync(body, request.Symbol, onBatch, ct), cancellationToken);
    }

    /// <summary>Gets candles (epoch-millisecond start times; daily candles stamped 00:00 US/Central).</summary>
    /// <param name="request">The price-history parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The candles.</returns>
    public async Task<PriceHistory> GetPriceHistoryAsync(PriceHistoryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string path = new QueryString("/marketdata/v1/pricehistory")
            .Add("symbol", request.Symbol).Add("periodType", request.PeriodType).Add("period", request.Period)
            .Add("frequencyType", request.FrequencyType).Add("frequency", request.Frequency)
            .Add("startDate", request.StartDate?.ToUnixTimeMilliseconds()).Add("endDate", request.EndDate?.ToUnixTimeMilliseconds())
            .Add("needExtendedHoursData", request.NeedExtendedHoursData).Add("needPreviousClose", request.NeedPreviousClose).ToString();
        PriceHistoryDto dto = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.PriceHistoryDto, cancellationToken);
        return MarketDataMapper.ToPriceHistory(dto, request.Symbol);
    }

    /// <summary>Gets market hours for one day (allowed: 7 days back to 1 year ahead).</summary>
    /// <param name="markets">The markets, e.g. <c>equity</c>, <c>option</c>.</param>
    /// <param name="date">The date (default: today at Schwab).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per market and product (closed days have no sessions).</returns>
    public async Task<IReadOnlyList<MarketHours>> GetMarketHoursAsync(IEnumerable<string> markets, DateOnly? date = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markets);
        string path = new QueryString("/marketdata/v1/markets").Add("markets", string.Join(',', markets)).Add("date", date).ToString();
        var dto = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.DictionaryStringDictionaryStringMarketHoursProductDto, cancellationToken);
        return MarketDataMapper.ToMarketHours(dto, date);
    }

    /// <summary>Gets the expiration dates of an underlying's options.</summary>
    /// <param name="symbol">The underlying, e.g. <c>$SPX</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expirations.</returns>
    public async Task<IReadOnlyList<OptionExpiration>> GetExpirationChainAsync(string symbol, CancellationToken cancellationToken = default)
    {
        string path = new QueryString("/marketdata/v1/expirationchain").Add("symbol", symbol).ToString();
        ExpirationChainDto dto = await _http.GetJsonAsync(ApiName, path, SchwabJsonContext.Default.ExpirationChainDto, cancellationToken);
        return MarketDataMapper.ToExpirations(dto);
    }

    internal static string ChainPath(OptionChainRequest r) =>
        new QueryString(OptionChainParser.Endpoint)
            .Add("symbol", r.Symbol).Add("contractType", r.ContractType).Add("strikeCount", r.StrikeCount)
            .Add("includeUnderlyingQuote", r.IncludeUnderlyingQuote).Add("strategy", r.Strategy).Add("range", r.Range)
            .Add("strike", r.Strike).Add("fromDate", r.FromDate).Add("toDate", r.ToDate).Add("expMonth", r.ExpMonth)
            .Add("optionType", r.OptionType).ToString();
}
