using System.Collections.Specialized;
using System.Globalization;
using System.Web;
using Schwab.Simulator.Recording;

namespace Schwab.Daemons.Tests.Transactions;

/// <summary>The query windows the simulator received, and the account-number check over every stored text and log line.</summary>
public sealed partial class TransactionsDayTests
{
    private static readonly string[] FinalStatuses = ["FILLED", "CANCELED", "EXPIRED", "REJECTED", "REPLACED"];

    [Fact]
    public void RunDay_OrderQueries_WindowsMoveForwardFromTheNewestChangeWithTheOverlap()
    {
        TimeSpan overlap = TimeSpan.FromMinutes(5);
        List<RecordedRequest> requests = [.. _h.Simulator.Record.Requests.Where(r => r.Method == "GET" && r.Path.EndsWith("/orders", StringComparison.Ordinal))];
        Assert.Equal(2, requests.Select(r => r.Path).Distinct().Count());
        string trading = _h.Simulator.Account.Accounts[0].HashValue;
        List<RecordedOrder> served = [.. _h.Simulator.Record.Orders.OrderBy(o => o.Time)];
        Dictionary<long, DateTimeOffset> entered = served.Select(o => o.OrderId).Distinct().ToDictionary(id => id, Entered);
        foreach (IGrouping<string, RecordedRequest> account in requests.GroupBy(r => r.Path))
        {
            List<RecordedRequest> list = [.. account];
            bool trades = account.Key.Contains(trading, StringComparison.Ordinal);
            var lastStatus = new Dictionary<long, string>();
            int next = 0;
            List<(DateTimeOffset From, DateTimeOffset To)> windows = [.. list.Select(r => Window(r.Query))];
            Assert.True(windows.Count > 2000, $"expected a poll every 10 s in session, got {windows.Count}");
            Assert.Equal(windows[0].To - TimeSpan.FromHours(24), windows[0].From);
            for (int i = 1; i < windows.Count; i++)
            {
                // What had been served (and so stored) before this request: the still-open orders keep the window open.
                for (; next < served.Count && served[next].Time < list[i].Time; next++)
                {
                    lastStatus[served[next].OrderId] = served[next].Status;
                }

                DateTimeOffset expected = windows[i - 1].To - overlap;
                DateTimeOffset? open = trades
                    ? lastStatus.Where(p => !FinalStatuses.Contains(p.Value)).Select(p => (DateTimeOffset?)entered[p.Key]).Min()
                    : null;
                if (open is { } o && o < expected)
                {
                    expected = o;
                }

                Assert.Equal(expected, windows[i].From);
                Assert.True(windows[i].To > windows[i - 1].To);
                Assert.True(windows[i].From >= windows[i - 1].From, $"window {i} moved back");
            }

            // Once every order is final, each window is the overlap plus one off-session tick.
            Assert.Equal(overlap + TimeSpan.FromSeconds(60), windows[^1].To - windows[^1].From);
        }
    }

    [Fact]
    public async Task RunDay_EveryTextColumnAndLogLine_HoldsNoFullAccountNumber()
    {
        int textColumns = 0;
        foreach (string table in await _h.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            foreach (string column in await _h.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}') WHERE type = 'TEXT'"))
            {
                textColumns++;
                foreach (string number in Numbers)
                {
                    long hits = (await _h.QueryAsync<long>($"SELECT COUNT(*) FROM \"{table}\" WHERE instr(\"{column}\", '{number}') > 0")).Single();
                    Assert.True(hits == 0, $"{table}.{column} holds a full account number in {hits} rows");
                }
            }
        }

        Assert.True(textColumns > 50, $"only {textColumns} text columns checked");
        Assert.NotEmpty(await _h.QueryAsync<long>("SELECT order_id FROM SCHWAB_JSON_TRANSACTIONS"));
        Assert.NotEmpty(_h.Logs.GetSnapshot());
        Assert.All(_h.Logs.GetSnapshot(), r => Assert.DoesNotContain(Numbers, n => r.Message.Contains(n, StringComparison.Ordinal)));
    }

    private static (DateTimeOffset From, DateTimeOffset To) Window(string query)
    {
        NameValueCollection q = HttpUtility.ParseQueryString(query);
        return (Instant(q["fromEnteredTime"]), Instant(q["toEnteredTime"]));
    }

    private static DateTimeOffset Instant(string? text) =>
        DateTimeOffset.Parse(text ?? throw new InvalidOperationException("window bound missing"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
