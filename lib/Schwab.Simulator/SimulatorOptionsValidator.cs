namespace Schwab.Simulator;

/// <summary>Checks <see cref="SimulatorOptions"/> and names every bad setting in one message.</summary>
internal static class SimulatorOptionsValidator
{
    public static void ThrowIfInvalid(SimulatorOptions o)
    {
        var errors = new List<string>();
        if (o.Port is < 0 or > 65535)
        {
            errors.Add($"Port must be 0..65535 (got {o.Port})");
        }

        if (string.IsNullOrWhiteSpace(o.ClientId) || string.IsNullOrWhiteSpace(o.ClientSecret))
        {
            errors.Add("ClientId and ClientSecret must not be empty");
        }

        if (!Uri.TryCreate(o.RedirectUri, UriKind.Absolute, out _))
        {
            errors.Add($"RedirectUri must be an absolute URL (got '{o.RedirectUri}')");
        }

        foreach (var (name, value) in new[]
        {
            ("AccessTokenLifetime", o.AccessTokenLifetime), ("RefreshTokenLifetime", o.RefreshTokenLifetime), ("AuthCodeLifetime", o.AuthCodeLifetime),
            ("StreamTickInterval", o.StreamTickInterval), ("StreamHeartbeatInterval", o.StreamHeartbeatInterval),
            ("StreamEmptySubscriptionTimeout", o.StreamEmptySubscriptionTimeout),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                errors.Add($"{name} must be positive (got {value})");
            }
        }

        if (o.DefaultSymbolCap <= 0 || o.SymbolCaps.Values.Any(c => c <= 0))
        {
            errors.Add("symbol caps must be positive");
        }

        if (o.Time is null)
        {
            errors.Add("Time must be set");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid simulator options: " + string.Join("; ", errors), nameof(o));
        }
    }
}
