using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="TransactionsOptions"/>; every failure names its key.</summary>
internal sealed class TransactionsOptionsValidator : IValidateOptions<TransactionsOptions>
{
    public ValidateOptionsResult Validate(string? name, TransactionsOptions options)
    {
        var problems = new ProblemList(TransactionsOptions.SectionName);
        problems.Positive(nameof(options.SessionInterval), options.SessionInterval);
        problems.Positive(nameof(options.OffSessionInterval), options.OffSessionInterval);
        problems.NotNegative(nameof(options.Overlap), options.Overlap);
        problems.Positive(nameof(options.InitialLookback), options.InitialLookback);
        if (options.InitialLookback > TimeSpan.FromDays(60))
        {
            problems.Add(nameof(options.InitialLookback), $"must be at most 60 days, Schwab's limit (got {options.InitialLookback})");
        }

        problems.Positive(nameof(options.TransactionsInterval), options.TransactionsInterval);
        problems.NotEmpty(nameof(options.TransactionTypes), options.TransactionTypes.ToList());
        return problems.ToResult();
    }
}
