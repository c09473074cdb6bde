using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="BalancesOptions"/>; every failure names its key.</summary>
internal sealed class BalancesOptionsValidator : IValidateOptions<BalancesOptions>
{
    public ValidateOptionsResult Validate(string? name, BalancesOptions options)
    {
        var problems = new ProblemList(BalancesOptions.SectionName);
        problems.TimeZone(nameof(options.TimeZone), options.TimeZone);
        if (options.Times.Distinct().Count() != options.Times.Count)
        {
            problems.Add(nameof(options.Times), "lists the same time twice");
        }

        return problems.ToResult();
    }
}
