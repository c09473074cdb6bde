namespace Schwab.Core.Configuration;

/// <summary>Where alerts go: SMTP settings (the password only from the environment file) and throttling.</summary>
public sealed class AlertOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Alerts";

    /// <summary>Whether alerts are sent at all.</summary>
    /// <value>Default false until an SMTP host and a recipient are set.</value>
    public bool Enabled { get; set; }

    /// <summary>The SMTP server.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port.</summary>
    /// <value>Default 587.</value>
    public int SmtpPort { get; set; } = 587;

    /// <summary>How the connection is secured: <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c> (loopback relays only).</summary>
    /// <value>Default StartTls.</value>
    public string Security { get; set; } = "StartTls";

    /// <summary>The SMTP user, if the server wants one.</summary>
    public string? Username { get; set; }

    /// <summary>The SMTP password; set it as <c>Alerts__Password</c> in the environment file, never in the JSON file.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address.</summary>
    public string? From { get; set; }

    /// <summary>The recipients.</summary>
    public IList<string> To { get; set; } = [];

    /// <summary>An alert with the same key is sent at most once per window.</summary>
    /// <value>Default 1 hour.</value>
    public TimeSpan ThrottleWindow { get; set; } = TimeSpan.FromHours(1);
}
