using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="MarketHoursOptions"/>; every failure names its key.</summary>
internal sealed class MarketHoursOptionsValidator : IValidateOptions<MarketHoursOptions>
{
    private static readonly string[] s_knownMarkets = ["equity", "option", "bond", "future", "forex"];

    public ValidateOptionsResult Validate(string? name, MarketHoursOptions options)
    {
        var problems = new ProblemList(MarketHoursOptions.SectionName);
        problems.InRange(nameof(options.DaysAhead), options.DaysAhead, 0, 365);
        problems.NotEmpty(nameof(options.Markets), options.Markets.ToList());
        for (int i = 0; i < options.Markets.Count; i++)
        {
            if (!s_knownMarkets.Contains(options.Markets[i], StringComparer.Ordinal))
            {
                problems.Add($"{nameof(options.Markets)}:{i}", $"'{options.Markets[i]}' is not one of {string.Join(", ", s_knownMarkets)}");
            }
        }

        if (options.FallbackClose <= options.FallbackOpen)
        {
            problems.Add(nameof(options.FallbackClose), $"must be after FallbackOpen ({options.FallbackOpen:HH\\:mm})");
        }

        problems.TimeZone(nameof(options.TimeZone), options.TimeZone);
        return problems.ToResult();
    }
}
