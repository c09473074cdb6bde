using Schwab.Core.Data;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Orders (<c>stale:orders</c>): a quiet account has no new orders, so what counts is that <c>schwab-transactions</c> keeps
/// polling successfully — its heartbeat row's last success, against <c>Health:OrdersWarning</c> and <c>OrdersCritical</c>.
/// </summary>
internal static class OrdersFreshness
{
    public static HealthCheck Evaluate(HealthContext context)
    {
        const string Name = "orders";
        const string Key = "stale:orders";
        ServiceStatus? row = context.Heartbeat(HealthUnits.Transactions);
        var values = new Dictionary<string, object?>
        {
            ["lastSuccessAt"] = row?.LastSuccessAt,
            ["ageSeconds"] = row?.LastSuccessAt is { } s ? (long)(context.Now - s).TotalSeconds : null,
        };
        if (!context.IsExpected(HealthUnits.Transactions, out string reason))
        {
            return HealthCheck.Ok(Name, Key, $"not collected here: {reason}", values);
        }

        if (row is null)
        {
            return HealthCheck.Ok(Name, Key, $"{HealthUnits.Transactions} has not reported yet", values);
        }

        // Before its first success the clock runs from the daemon's start.
        DateTimeOffset since = row.LastSuccessAt ?? row.StartedAt;
        TimeSpan age = context.Now - since;
        HealthStatus level = Ago.Grade(age, context.Options.OrdersWarning, context.Options.OrdersCritical);
        string detail = row.LastSuccessAt is null
            ? $"{HealthUnits.Transactions} has not completed a poll since it started {Ago.Span(age)} ago"
            : $"{HealthUnits.Transactions} last polled orders successfully {Ago.Span(age)} ago";
        if (level != HealthStatus.Ok && row.LastError is { Length: > 0 } error)
        {
            detail += $"; last error: {error}";
        }

        return HealthCheck.Of(level, Name, Key, detail, values);
    }
}
