using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="OhlcOptions"/>; every failure names its key.</summary>
internal sealed class OhlcOptionsValidator : IValidateOptions<OhlcOptions>
{
    public ValidateOptionsResult Validate(string? name, OhlcOptions options)
    {
        var problems = new ProblemList(OhlcOptions.SectionName);
        problems.NotEmpty(nameof(options.Symbols), options.Symbols.ToList());
        problems.InRange(nameof(options.MinuteDays), options.MinuteDays, 1, 48);
        problems.InRange(nameof(options.DailyMonths), options.DailyMonths, 1, 240);
        problems.InRange(nameof(options.MinGapMinutes), options.MinGapMinutes, 1, 390);
        problems.TimeZone(nameof(options.TimeZone), options.TimeZone);
        return problems.ToResult();
    }
}
