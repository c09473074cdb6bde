using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration;

/// <summary>
/// Collects configuration problems as one-line messages that start with the full setting key
/// (<c>Chains:StrikeCount: must be between 1 and 500</c>), so every validator reports in the same form.
/// </summary>
public sealed class ProblemList(string section)
{
    private readonly List<string> _problems = [];

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Records a problem with the setting <paramref name="key"/> of this section.</summary>
    public void Add(string key, string problem) => _problems.Add($"{section}:{key}: {problem}");

    /// <summary>Requires a non-empty value.</summary>
    public void Required(string key, string? value, string? hint = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(key, hint is null ? "is required" : $"is required ({hint})");
        }
    }

    /// <summary>Requires a strictly positive duration.</summary>
    public void Positive(string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            Add(key, $"must be a positive duration (got {value})");
        }
    }

    /// <summary>Requires a duration that is zero or more.</summary>
    public void NotNegative(string key, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            Add(key, $"must not be negative (got {value})");
        }
    }

    /// <summary>Requires an integer in an inclusive range.</summary>
    public void InRange(string key, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            Add(key, $"must be between {min} and {max} (got {value})");
        }
    }

    /// <summary>Requires a decimal strictly greater than zero.</summary>
    public void Positive(string key, decimal value)
    {
        if (value <= 0)
        {
            Add(key, $"must be greater than 0 (got {value})");
        }
    }

    /// <summary>Requires a non-empty list.</summary>
    public void NotEmpty<T>(string key, IReadOnlyCollection<T>? values)
    {
        if (values is null || values.Count == 0)
        {
            Add(key, "must list at least one value");
        }
    }

    /// <summary>Requires a time zone id this machine knows.</summary>
    public void TimeZone(string key, string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _))
        {
            Add(key, $"'{zoneId}' is not a time zone this machine knows (use an IANA id such as America/New_York)");
        }
    }

    /// <summary>The result for <see cref="IValidateOptions{TOptions}"/>.</summary>
    public ValidateOptionsResult ToResult() =>
        _problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_problems);
}
