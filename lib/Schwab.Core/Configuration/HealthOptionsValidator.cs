using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration;

/// <summary>Checks <see cref="HealthOptions"/>; every failure names its key.</summary>
internal sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        var problems = new ProblemList(HealthOptions.SectionName);
        Pair(problems, nameof(options.HeartbeatWarning), options.HeartbeatWarning, nameof(options.HeartbeatCritical), options.HeartbeatCritical);
        Pair(problems, nameof(options.QuotesWarning), options.QuotesWarning, nameof(options.QuotesCritical), options.QuotesCritical);
        Pair(problems, nameof(options.ChainsWarning), options.ChainsWarning, nameof(options.ChainsCritical), options.ChainsCritical);
        Pair(problems, nameof(options.OrdersWarning), options.OrdersWarning, nameof(options.OrdersCritical), options.OrdersCritical);
        problems.Positive(nameof(options.MinuteCandlesWarning), options.MinuteCandlesWarning);
        problems.Positive(nameof(options.DayCandlesWarning), options.DayCandlesWarning);
        problems.NotNegative(nameof(options.BalancesGrace), options.BalancesGrace);
        problems.Positive(nameof(options.JournalWindow), options.JournalWindow);
        problems.InRange(nameof(options.JournalErrorsWarning), options.JournalErrorsWarning, 1, int.MaxValue);
        problems.InRange(nameof(options.Journal429Warning), options.Journal429Warning, 1, int.MaxValue);

        // Token thresholds run the other way: less time left is worse.
        problems.Positive(nameof(options.RefreshTokenCritical), options.RefreshTokenCritical);
        if (options.RefreshTokenWarning <= options.RefreshTokenCritical)
        {
            problems.Add(nameof(options.RefreshTokenWarning), $"must be more than RefreshTokenCritical ({options.RefreshTokenCritical})");
        }

        return problems.ToResult();
    }

    private static void Pair(ProblemList problems, string warningKey, TimeSpan warning, string criticalKey, TimeSpan critical)
    {
        problems.Positive(warningKey, warning);
        if (critical <= warning)
        {
            problems.Add(criticalKey, $"must be more than {warningKey} ({warning})");
        }
    }
}
