namespace Schwab.Cli.Commands.Health;

/// <summary>What systemd says about our units, or why it could not be asked (<see cref="Units"/> null, <see cref="Unavailable"/> the reason).</summary>
internal sealed record SystemdView(IReadOnlyDictionary<string, UnitState>? Units, string? Unavailable)
{
    /// <summary>Whether <c>schwab.target</c> is active: then every daemon and the timer should be too.</summary>
    public bool TargetActive => Units is not null && Units.TryGetValue(HealthUnits.Target, out UnitState? target) && target.IsActive;

    /// <summary>
    /// Whether <c>schwab.target</c> wants <paramref name="unitId"/>: each unit enabled with the target is in its <c>Wants=</c>,
    /// and one the operator disabled (<c>systemctl disable schwab-balances</c>, to run a subset) is not. A target that wants
    /// nothing listed (or is not installed) says nothing, and every unit counts as wanted.
    /// </summary>
    public bool IsWanted(string unitId) =>
        Units is null || !Units.TryGetValue(HealthUnits.Target, out UnitState? target) || target.Wants.Count == 0 || target.Wants.Contains(unitId);

    /// <summary>The unit of a daemon (<c>schwab-chains</c>), or null when systemd was not asked.</summary>
    public UnitState? Daemon(string service) => Units is not null && Units.TryGetValue(service + ".service", out UnitState? unit) ? unit : null;

    /// <summary>Asks <c>systemctl show</c> for every unit of <see cref="HealthUnits.All"/>, when systemd runs on this machine.</summary>
    /// <param name="systemdDirectory"><c>/run/systemd/system</c>, which exists exactly when systemd is the running init (sd_booted).</param>
    public static async Task<SystemdView> QueryAsync(string systemdDirectory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(systemdDirectory))
        {
            return new SystemdView(null, "systemd is not running here: unit states not checked");
        }

        ExternalCommand.Result show = await ExternalCommand.RunAsync(
            "systemctl", ["show", "--no-pager", "--timestamp=utc", "-p", SystemctlShow.Properties, .. HealthUnits.All], TimeSpan.FromSeconds(15), cancellationToken);
        IReadOnlyList<UnitState> units = show.ExitCode == 0 ? SystemctlShow.Parse(show.Stdout) : [];
        if (units.Count == 0)
        {
            // A non-root user without a D-Bus session gets "Failed to connect to bus" here.
            return new SystemdView(null, $"systemctl is unavailable ({show.Reason}): unit states not checked");
        }

        return new SystemdView(units.ToDictionary(u => u.Id, StringComparer.Ordinal), null);
    }
}
