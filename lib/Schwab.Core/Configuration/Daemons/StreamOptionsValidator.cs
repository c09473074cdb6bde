using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="StreamOptions"/>; every failure names its key.</summary>
internal sealed class StreamOptionsValidator : IValidateOptions<StreamOptions>
{
    public ValidateOptionsResult Validate(string? name, StreamOptions options)
    {
        var problems = new ProblemList(StreamOptions.SectionName);
        problems.NotEmpty(nameof(options.Underlyings), options.Underlyings.ToList());
        problems.Required(nameof(options.OptionRoot), options.OptionRoot);
        problems.Positive(nameof(options.Range), options.Range);
        problems.Positive(nameof(options.Step), options.Step);
        problems.Positive(nameof(options.AdjustThreshold), options.AdjustThreshold);
        if (options.Step > 0 && options.Range > 0 && options.Range / options.Step > 1500)
        {
            problems.Add(nameof(options.Range), "subscribes more than 3000 option contracts, Schwab's LEVELONE_OPTIONS limit");
        }

        FieldList(problems, nameof(options.EquityFields), options.EquityFields, 51);
        FieldList(problems, nameof(options.OptionFields), options.OptionFields, 55);
        problems.NotNegative(nameof(options.StartBeforeOpen), options.StartBeforeOpen);
        problems.NotNegative(nameof(options.StopAfterClose), options.StopAfterClose);
        problems.InRange(nameof(options.BatchSize), options.BatchSize, 1, 100_000);
        problems.Positive(nameof(options.BatchWindow), options.BatchWindow);
        problems.InRange(nameof(options.BufferCapacity), options.BufferCapacity, 1, 10_000_000);
        problems.Required(nameof(options.SpillDirectory), options.SpillDirectory);
        problems.Positive(nameof(options.NoDataTimeout), options.NoDataTimeout);
        return problems.ToResult();
    }

    private static void FieldList(ProblemList problems, string key, string value, int maxField)
    {
        string[] parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(p => !int.TryParse(p, out int n) || n < 0 || n > maxField))
        {
            problems.Add(key, $"must be a comma-separated list of field numbers 0 to {maxField} (got '{value}')");
        }
        else if (!parts.Contains("0", StringComparer.Ordinal))
        {
            problems.Add(key, "must include field 0 (the symbol)");
        }
    }
}
