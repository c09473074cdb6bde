using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="ChainsOptions"/>; every failure names its key.</summary>
internal sealed class ChainsOptionsValidator : IValidateOptions<ChainsOptions>
{
    public ValidateOptionsResult Validate(string? name, ChainsOptions options)
    {
        var problems = new ProblemList(ChainsOptions.SectionName);
        problems.NotEmpty(nameof(options.Symbols), options.Symbols.ToList());
        problems.InRange(nameof(options.StrikeCount), options.StrikeCount, 1, 1000);
        problems.NotNegative(nameof(options.SessionPadding), options.SessionPadding);
        problems.Positive(nameof(options.SlotTolerance), options.SlotTolerance);
        problems.InRange(nameof(options.MaxDteSpanPerRequest), options.MaxDteSpanPerRequest, 0, 366);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < options.Cadences.Count; i++)
        {
            ChainCadence cadence = options.Cadences[i];
            string key = $"{nameof(options.Cadences)}:{i}";
            problems.Required($"{key}:{nameof(cadence.Name)}", cadence.Name);
            if (!string.IsNullOrWhiteSpace(cadence.Name) && !names.Add(cadence.Name))
            {
                problems.Add($"{key}:{nameof(cadence.Name)}", $"'{cadence.Name}' is used by another cadence");
            }

            problems.Positive($"{key}:{nameof(cadence.Every)}", cadence.Every);
            if (cadence.Every > TimeSpan.Zero && TimeSpan.FromDays(1).Ticks % cadence.Every.Ticks != 0)
            {
                problems.Add($"{key}:{nameof(cadence.Every)}", $"must divide a day evenly (got {cadence.Every})");
            }

            problems.InRange($"{key}:{nameof(cadence.MinDte)}", cadence.MinDte, 0, 366);
            problems.InRange($"{key}:{nameof(cadence.MaxDte)}", cadence.MaxDte, cadence.MinDte, 366);
        }

        return problems.ToResult();
    }
}
