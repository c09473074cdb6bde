namespace Schwab.Systemd.Tests;

/// <summary>
/// A unit that fails for real and keeps its alert chain: the production <c>schwab-tokens.service</c> (shared hardening,
/// <c>OnFailure=schwab-alert@%n.service</c> and all) with no token key, so its start-up check refuses and it exits
/// non-zero; <c>Restart=no</c>, so each failure enters the failed state (and fires <c>OnFailure=</c>) at once. Its
/// <c>ExecStopPost=</c> writes secrets into its journal (last, so they are among the lines the mail quotes), as a leaking log line would.
/// </summary>
internal static class AlertUnits
{
    public const string Failing = "schwab-tokens-alerted.service";

    /// <summary>The unit text; <paramref name="leakedLines"/> are echoed to the journal after the daemon exits.</summary>
    public static string Text(IEnumerable<string> leakedLines)
    {
        string template = File.ReadAllText(Repository.PathOf("systemd/schwab-tokens.service"));
        string echo = string.Join("; ", leakedLines.Select(line => $"echo \"{line}\""));
        return string.Join('\n', template.Split('\n').Select(line => line switch
        {
            _ when line.StartsWith("Description=", StringComparison.Ordinal) => $"Description=Schwab Pipeline token refresher that fails ({Failing})",
            _ when line.StartsWith("Restart=", StringComparison.Ordinal) => "Restart=no",
            _ when line.StartsWith("ExecStart=", StringComparison.Ordinal) => $"{line}\nExecStopPost=/bin/sh -c '{echo}'",
            _ when line.StartsWith("User=", StringComparison.Ordinal) => line + "\nEnvironment=Security__KeyFile=/var/lib/schwab/no-such-token.key",
            _ => line,
        }));
    }
}
