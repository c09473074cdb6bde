using Schwab.Core.Data;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Candles (<c>stale:candles-minute</c>, <c>stale:candles-day</c>): every configured symbol must have candles, the newest
/// no older than <c>Health:MinuteCandlesWarning</c> / <c>DayCandlesWarning</c> (which allow for the weekend and holidays
/// between two <c>schwab-ohlc</c> runs). Stale candles are a warning: they can be backfilled.
/// </summary>
internal static class CandleFreshness
{
    public static HealthCheck Evaluate(HealthContext context, bool daily, IReadOnlyList<string> symbols, IReadOnlyList<SymbolNewest> newest)
    {
        string name = daily ? "daily candles" : "minute candles";
        string key = daily ? "stale:candles-day" : "stale:candles-minute";
        TimeSpan warning = daily ? context.Options.DayCandlesWarning : context.Options.MinuteCandlesWarning;
        var bySymbol = newest.ToDictionary(n => n.Symbol, n => n.Newest, StringComparer.Ordinal);
        var values = new Dictionary<string, object?>
        {
            ["newest"] = symbols.ToDictionary(s => s, s => bySymbol.TryGetValue(s, out DateTimeOffset at) ? at : (DateTimeOffset?)null),
            ["warningSeconds"] = (long)warning.TotalSeconds,
        };
        string summary = string.Join(", ", symbols.Select(s => bySymbol.TryGetValue(s, out DateTimeOffset at) ? $"{s} {Ago.Span(context.Now - at)} old" : $"{s} none"));
        if (!context.IsExpected(HealthUnits.Ohlc, out string reason))
        {
            return HealthCheck.Ok(name, key, $"not collected here: {reason}; {summary}", values);
        }

        string[] missing = [.. symbols.Where(s => !bySymbol.ContainsKey(s))];
        string[] stale = [.. symbols.Where(s => bySymbol.TryGetValue(s, out DateTimeOffset at) && context.Now - at > warning)];
        if (missing.Length == 0 && stale.Length == 0)
        {
            return HealthCheck.Ok(name, key, $"newest: {summary}", values);
        }

        string problem = missing.Length > 0 ? $"none stored for {string.Join(", ", missing)}" : $"older than {Ago.Span(warning)} for {string.Join(", ", stale)}";
        return HealthCheck.Of(HealthStatus.Warning, name, key, $"{problem} (schwabctl backfill fills gaps); newest: {summary}", values);
    }
}
