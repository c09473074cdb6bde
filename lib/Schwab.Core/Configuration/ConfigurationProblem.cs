namespace Schwab.Core.Configuration;

/// <summary>One configuration problem: the top-level section it is in (to decide whom it concerns) and its one-line message.</summary>
/// <param name="Section">The top-level section (<c>Alerts</c>), or the unknown section's own name.</param>
/// <param name="Message">The message, starting with the full key (<c>Alerts:SmtpPort: …</c>).</param>
public sealed record ConfigurationProblem(string Section, string Message);
