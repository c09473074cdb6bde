using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration.Daemons;

/// <summary>Checks <see cref="TokensOptions"/>; every failure names its key.</summary>
internal sealed class TokensOptionsValidator : IValidateOptions<TokensOptions>
{
    public ValidateOptionsResult Validate(string? name, TokensOptions options)
    {
        var problems = new ProblemList(TokensOptions.SectionName);
        problems.Positive(nameof(options.RefreshAhead), options.RefreshAhead);
        if (options.RefreshAhead >= TimeSpan.FromMinutes(30))
        {
            problems.Add(nameof(options.RefreshAhead), $"must be shorter than the 30-minute access-token lifetime (got {options.RefreshAhead})");
        }

        problems.NotNegative(nameof(options.RefreshJitter), options.RefreshJitter);
        problems.Positive(nameof(options.CheckInterval), options.CheckInterval);
        problems.Positive(nameof(options.RefreshTokenLifetime), options.RefreshTokenLifetime);
        for (int i = 0; i < options.RefreshTokenWarnings.Count; i++)
        {
            problems.Positive($"{nameof(options.RefreshTokenWarnings)}:{i}", options.RefreshTokenWarnings[i]);
        }

        return problems.ToResult();
    }
}
