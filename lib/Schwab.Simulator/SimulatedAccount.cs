using System.Security.Cryptography;
using System.Text;
using Schwab.Simulator.Account;
using Schwab.Simulator.Market;

namespace Schwab.Simulator;

/// <summary>The simulated brokerage accounts: a MARGIN account with a scripted order book, and a quiet second account.</summary>
public sealed class SimulatedAccount
{
    private readonly SimulatedMarket _market;
    private readonly OrderScript _script;

    internal SimulatedAccount(SimulatedMarket market)
    {
        _market = market;
        Accounts = [Info("12345678", "Individual"), Info("87654321", "Roth IRA")];
        _script = new OrderScript(market, Accounts[0].AccountNumber);
    }

    /// <summary>The linked accounts; the first one trades.</summary>
    public IReadOnlyList<SimulatedAccountInfo> Accounts { get; }

    /// <summary>Cash balance of each account.</summary>
    public decimal CashBalance { get; } = 51375.37m;

    /// <summary>The account with this hash, or null.</summary>
    /// <param name="hashValue">64-hex hash.</param>
    /// <returns>The account, or null.</returns>
    public SimulatedAccountInfo? FindByHash(string hashValue) => Accounts.FirstOrDefault(a => a.HashValue == hashValue);

    /// <summary>Orders entered in [from, to] as they stand at <paramref name="at"/> (newest first, like Schwab).</summary>
    /// <param name="accountNumber">Plain account number.</param>
    /// <param name="from">Earliest entered time.</param>
    /// <param name="to">Latest entered time.</param>
    /// <param name="at">The simulator's present.</param>
    /// <returns>The orders.</returns>
    public IReadOnlyList<SimulatedOrder> GetOrders(string accountNumber, DateTimeOffset from, DateTimeOffset to, DateTimeOffset at)
    {
        if (accountNumber != Accounts[0].AccountNumber)
        {
            return [];
        }

        var list = new List<SimulatedOrder>();
        var last = ExchangeTime.DateOf(to < at ? to : at);
        for (var date = ExchangeTime.DateOf(from).AddDays(-1); date <= last; date = date.AddDays(1))
        {
            list.AddRange(_script.OrdersOn(_market.GetTradingDay(date), at).Where(o => o.EnteredTime >= from && o.EnteredTime <= to));
        }

        return list.OrderByDescending(o => o.EnteredTime).ThenByDescending(o => o.OrderId).ToList();
    }

    /// <summary>Fills between two instants (as of <paramref name="at"/>) with the order they belong to, oldest first.</summary>
    /// <param name="accountNumber">Plain account number.</param>
    /// <param name="from">Earliest fill time.</param>
    /// <param name="to">Latest fill time.</param>
    /// <param name="at">The simulator's present.</param>
    /// <returns>Pairs of order and execution.</returns>
    public IReadOnlyList<(SimulatedOrder Order, SimulatedExecution Execution)> GetFills(string accountNumber, DateTimeOffset from, DateTimeOffset to, DateTimeOffset at) =>
        GetOrders(accountNumber, from.AddDays(-1), to, at)
            .SelectMany(o => o.Children.Prepend(o))
            .SelectMany(o => o.Executions.Select(e => (o, e)))
            .Where(p => p.e.Time >= from && p.e.Time <= to)
            .OrderBy(p => p.e.Time).ThenBy(p => p.e.ActivityId)
            .ToList();

    /// <summary>Positions at an instant: 100 SPY plus whatever today's fills left open.</summary>
    /// <param name="accountNumber">Plain account number.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The positions.</returns>
    public IReadOnlyList<SimulatedPosition> GetPositions(string accountNumber, DateTimeOffset at)
    {
        var list = new List<SimulatedPosition> { new("SPY", false, 100, 0, 550.25m, _market.GetPrice("SPY", at)) };
        if (accountNumber != Accounts[0].AccountNumber)
        {
            return list;
        }

        var day = _market.GetTradingDay(ExchangeTime.DateOf(at));
        var net = new Dictionary<string, (decimal Qty, decimal Cost)>(StringComparer.Ordinal);
        foreach (var (order, fill) in GetFills(accountNumber, day.RegularStart ?? at, at, at))
        {
            foreach (var leg in order.Legs)
            {
                var (qty, cost) = net.GetValueOrDefault(leg.Symbol);
                decimal signed = leg.IsBuy ? fill.Quantity : -fill.Quantity;
                net[leg.Symbol] = (qty + signed, cost + (signed * fill.LegPrices.GetValueOrDefault(leg.LegId)));
            }
        }

        foreach (var (symbol, (qty, cost)) in net.Where(p => p.Value.Qty != 0).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            decimal mark = _market.GetOptionQuote(symbol, at)?.Mark ?? 0;
            list.Add(new SimulatedPosition(symbol, true, Math.Max(qty, 0), Math.Max(-qty, 0), Math.Abs(cost / qty), mark));
        }

        return list;
    }

    private static SimulatedAccountInfo Info(string number, string nickName) =>
        new(number, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("schwab-simulator:" + number))), nickName);
}
