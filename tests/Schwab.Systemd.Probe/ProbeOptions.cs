namespace Schwab.Systemd.Probe;

/// <summary>Test switches, set through configuration (<c>Probe__FreezeAfter=3</c> in a unit's environment).</summary>
internal sealed class ProbeOptions
{
    public const string SectionName = "Probe";

    /// <summary>Stop beating the work-loop watchdog after this many ticks (the loop hangs); null = never.</summary>
    public int? FreezeAfter { get; set; }

    /// <summary>Refuse to start: a failed start-up check, so the daemon exits non-zero before READY.</summary>
    public bool FailAtStart { get; set; }

    /// <summary>Throw from the work loop after this many ticks (exit code 1); null = never.</summary>
    public int? FaultAfter { get; set; }

    /// <summary>Time between ticks.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);
}
