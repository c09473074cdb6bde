using System.Globalization;
using Schwab.Simulator.Account;
using Schwab.Simulator.Json;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Http;

/// <summary>The trader API (<c>/trader/v1</c>, schwab-api.md §2.1–2.5); read-only: this product never places orders.</summary>
internal sealed class TraderEndpoints(SimulatorState state)
{
    private const string ReadOnly = "The simulator is read-only: this product never places, changes or cancels orders.";
    private readonly TraderHistoryEndpoints _history = new(state);

    public SimResponse Handle(SimContext ctx)
    {
        string[] s = ctx.Segments[2..];
        bool get = ctx.Method == "GET";
        if (s.Length >= 3 && s[0] == "accounts" && s[2] is "orders" or "previewOrder" && !get)
        {
            return Error(405, ReadOnly);
        }

        if (!get)
        {
            return Error(405, $"{ctx.Method} is not supported on this endpoint");
        }

        if (s is ["userPreference"])
        {
            return SimResponse.Json(UserPreferenceJson.Write(state));
        }

        if (s is ["orders"])
        {
            return _history.Orders(ctx, null, TimeSpan.FromDays(60));
        }

        if (s is ["accounts", "accountNumbers"])
        {
            return SimResponse.Json(JsonOut.Write(w =>
            {
                w.WriteStartArray();
                foreach (var a in state.Account.Accounts)
                {
                    w.WriteStartObject();
                    w.WriteString("accountNumber", a.AccountNumber);
                    w.WriteString("hashValue", a.HashValue);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }));
        }

        if (s is ["accounts"])
        {
            bool positions = PositionsRequested(ctx, out var bad);
            return bad ?? SimResponse.Json(JsonOut.Write(w =>
            {
                w.WriteStartArray();
                foreach (var a in state.Account.Accounts)
                {
                    WriteAccount(w, a, ctx, positions);
                }

                w.WriteEndArray();
            }));
        }

        if (s.Length < 2 || s[0] != "accounts")
        {
            return Error(404, "Requested route does not exist");
        }

        if (state.Account.FindByHash(s[1]) is not { } account)
        {
            return Error(404, "Account not found: use the hashValue from /accounts/accountNumbers");
        }

        return s.Length switch
        {
            2 => SingleAccount(ctx, account),
            3 when s[2] == "orders" => _history.Orders(ctx, account, TimeSpan.FromDays(366)),
            4 when s[2] == "orders" => _history.Order(ctx, account, s[3]),
            3 when s[2] == "transactions" => _history.Transactions(ctx, account),
            4 when s[2] == "transactions" => _history.Transaction(ctx, account, s[3]),
            _ => Error(404, "Requested route does not exist"),
        };
    }

    private SimResponse SingleAccount(SimContext ctx, SimulatedAccountInfo account)
    {
        bool positions = PositionsRequested(ctx, out var bad);
        return bad ?? SimResponse.Json(JsonOut.Write(w => WriteAccount(w, account, ctx, positions)));
    }

    internal static SimResponse Error(int status, string message) => new(status, ErrorJson.Trader(message));

    private static bool PositionsRequested(SimContext ctx, out SimResponse? bad)
    {
        string? fields = ctx.Get("fields");
        bad = fields is null or "positions" ? null : Error(400, "fields accepts only 'positions'");
        return fields == "positions";
    }

    private void WriteAccount(System.Text.Json.Utf8JsonWriter w, SimulatedAccountInfo account, SimContext ctx, bool positions) =>
        AccountJson.Write(w, account, state.Account.CashBalance, state.Account.GetPositions(account.AccountNumber, ctx.Now), positions);

    internal static bool TryTime(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        // Trader times may carry a colon-less offset (+0000); insert the colon before parsing.
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit))
        {
            text = text[..^2] + ":" + text[^2..];
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    internal static void RecordOrders(SimulatorState state, DateTimeOffset now, IEnumerable<SimulatedOrder> orders)
    {
        foreach (var o in orders)
        {
            state.Record.Add(new RecordedOrder(now, o.OrderId, o.Status, o.FilledQuantity, System.Text.Encoding.UTF8.GetString(OrderJson.WriteOne(o))));
        }
    }
}
