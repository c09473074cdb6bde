using Microsoft.Extensions.Options;
using Schwab.Core.Api.Http;

namespace Schwab.Core.Api;

/// <summary>
/// The Schwab REST client: one facade, one resource group per area. Market data uses
/// <see cref="SchwabApiOptions.DataApp"/>; accounts, orders, transactions and the user preference use
/// <see cref="SchwabApiOptions.TradeApp"/>. Every failure surfaces as <see cref="SchwabApiException"/>.
/// </summary>
public sealed class SchwabClient
{
    private readonly SchwabHttp _http;

    internal SchwabClient(SchwabHttp http, IOptions<SchwabApiOptions> options)
        : this(http, options.Value.DataApp, options.Value.TradeApp)
    {
    }

    private SchwabClient(SchwabHttp http, string dataApp, string tradeApp)
    {
        _http = http;
        Accounts = new AccountsApi(http, tradeApp);
        Orders = new OrdersApi(http, tradeApp);
        Transactions = new TransactionsApi(http, tradeApp);
        UserPreference = new UserPreferenceApi(http, tradeApp);
        MarketData = new MarketDataApi(http, dataApp);
    }

    /// <summary>Gets account numbers, balances and positions.</summary>
    public AccountsApi Accounts { get; }

    /// <summary>Gets orders (read only).</summary>
    public OrdersApi Orders { get; }

    /// <summary>Gets account transactions.</summary>
    public TransactionsApi Transactions { get; }

    /// <summary>Gets the user preference (streamer info).</summary>
    public UserPreferenceApi UserPreference { get; }

    /// <summary>Gets quotes, chains, price history, market hours and expirations.</summary>
    public MarketDataApi MarketData { get; }

    /// <summary>Returns a client whose every group uses the app <paramref name="apiName"/> (e.g. <c>schwabctl check</c> per app).</summary>
    /// <param name="apiName">A configured app name.</param>
    /// <returns>The client.</returns>
    public SchwabClient ForApp(string apiName) => new(_http, apiName, apiName);
}
