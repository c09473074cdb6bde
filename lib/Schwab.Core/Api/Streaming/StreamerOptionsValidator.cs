using Microsoft.Extensions.Options;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// Validates <see cref="StreamerOptions"/>, every failure one line starting with its configuration key.
/// Hand-written rather than [OptionsValidator] because the generated messages do not name the key.
/// </summary>
internal sealed class StreamerOptionsValidator : IValidateOptions<StreamerOptions>
{
    public ValidateOptionsResult Validate(string? name, StreamerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        Positive(failures, nameof(options.AckTimeout), options.AckTimeout);
        Positive(failures, nameof(options.LoginTimeout), options.LoginTimeout);
        Positive(failures, nameof(options.BackoffBase), options.BackoffBase);
        Positive(failures, nameof(options.BackoffMax), options.BackoffMax);
        Positive(failures, nameof(options.HeartbeatTimeout), options.HeartbeatTimeout);
        Positive(failures, nameof(options.NoDataTimeout), options.NoDataTimeout);
        Positive(failures, nameof(options.KeepAliveInterval), options.KeepAliveInterval);
        if (options.BackoffMax < options.BackoffBase)
        {
            failures.Add($"{Key(nameof(options.BackoffMax))}: must be at least {Key(nameof(options.BackoffBase))} ({options.BackoffBase})");
        }

        if (options.UpdateBufferCapacity < 1)
        {
            failures.Add($"{Key(nameof(options.UpdateBufferCapacity))}: must be at least 1");
        }

        if (options.DefaultServiceCap < 1)
        {
            failures.Add($"{Key(nameof(options.DefaultServiceCap))}: must be at least 1");
        }

        foreach ((string service, int cap) in options.ServiceCaps ?? [])
        {
            if (cap < 1)
            {
                failures.Add($"{Key(nameof(options.ServiceCaps))}:{service}: must be at least 1");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string property) => $"{StreamerOptions.SectionName}:{property}";

    private static void Positive(List<string> failures, string property, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Key(property)}: must be positive");
        }
    }
}
