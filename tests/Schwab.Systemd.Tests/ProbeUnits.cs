namespace Schwab.Systemd.Tests;

/// <summary>
/// The test-only units: the production template (<c>systemd/schwab-tokens.service</c>; the <c>schwab-</c> name brings the
/// shared hardening drop-ins) running <c>schwab-probe</c>, with a 3 s watchdog and a 1 s restart delay, and one variant
/// per misbehaviour switch.
/// </summary>
internal static class ProbeUnits
{
    public const string Healthy = "schwab-probe.service";
    public const string Freeze = "schwab-probe-freeze.service";
    public const string FailAtStart = "schwab-probe-failstart.service";
    public const string Fault = "schwab-probe-fault.service";

    private static readonly (string Unit, string? Environment)[] s_units =
    [
        (Healthy, null),
        (Freeze, "Probe__FreezeAfter=3"),
        (FailAtStart, "Probe__FailAtStart=true"),
        (Fault, "Probe__FaultAfter=2"),
    ];

    /// <summary>Writes the probe units (and their switch drop-ins) into <paramref name="unitFolder"/>.</summary>
    public static void WriteTo(string unitFolder)
    {
        string template = File.ReadAllText(Repository.PathOf("systemd/schwab-tokens.service"));
        foreach ((string unit, string? environment) in s_units)
        {
            string text = string.Join('\n', template.Split('\n').Select(line => line switch
            {
                _ when line.StartsWith("Description=", StringComparison.Ordinal) => $"Description=Schwab Pipeline test probe ({unit})",
                _ when line.StartsWith("ExecStart=", StringComparison.Ordinal) => "ExecStart=/opt/schwab/bin/schwab-probe --config /etc/schwab/schwab.json",
                _ when line.StartsWith("WatchdogSec=", StringComparison.Ordinal) => "WatchdogSec=3",
                _ when line.StartsWith("RestartSec=", StringComparison.Ordinal) => "RestartSec=1",
                // Probes fail on purpose: they must not mail (the alert chain is tested in AlertsUnderSystemdTests).
                _ when line.StartsWith("OnFailure=", StringComparison.Ordinal) => "",
                _ => line,
            }));
            File.WriteAllText(Path.Combine(unitFolder, unit), text);
            if (environment is not null)
            {
                string dropIns = Path.Combine(unitFolder, unit + ".d");
                Directory.CreateDirectory(dropIns);
                File.WriteAllText(Path.Combine(dropIns, "probe-switch.conf"), $"[Service]\nEnvironment={environment}\n");
            }
        }
    }
}
