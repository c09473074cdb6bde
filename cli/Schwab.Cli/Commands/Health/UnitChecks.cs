using System.Globalization;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// One check per unit (<c>unit:schwab-chains</c>, <c>unit:schwab-health.timer</c>, <c>unit:schwab.target</c>): not installed is fine;
/// failed is critical; restarting after a failure is a warning; inactive while <c>schwab.target</c> is active is critical,
/// unless the target does not want it (the operator disabled it to run a subset); the target itself inactive is a warning
/// (nothing is collecting).
/// </summary>
internal static class UnitChecks
{
    public static IEnumerable<HealthCheck> Evaluate(SystemdView view)
    {
        if (view.Units is null)
        {
            yield return HealthCheck.Ok("systemd", "systemd", view.Unavailable ?? "not checked");
            yield break;
        }

        foreach (string id in HealthUnits.All)
        {
            if (view.Units.TryGetValue(id, out UnitState? unit))
            {
                yield return Evaluate(unit, view);
            }
        }
    }

    public static HealthCheck Evaluate(UnitState unit, SystemdView view)
    {
        string name = "unit " + unit.ShortName;
        string key = "unit:" + unit.ShortName;
        var values = new Dictionary<string, object?>
        {
            ["loadState"] = unit.LoadState,
            ["activeState"] = unit.ActiveState,
            ["subState"] = unit.SubState,
            ["result"] = unit.Result,
            ["restarts"] = unit.Restarts,
            ["statusText"] = unit.StatusText.Length == 0 ? null : unit.StatusText,
            ["activeEnterTimestamp"] = unit.ActiveEnterTimestamp,
        };
        string state = $"{unit.ActiveState} ({unit.SubState})";
        string restarts = unit.Restarts > 0 ? string.Create(CultureInfo.InvariantCulture, $", {unit.Restarts} restarts") : "";
        string status = unit.StatusText.Length > 0 ? $": {unit.StatusText}" : "";
        if (!unit.IsInstalled)
        {
            return HealthCheck.Ok(name, key, "not installed", values);
        }

        (HealthStatus level, string detail) = unit.ActiveState switch
        {
            "failed" => (HealthStatus.Critical, $"{state}, result {unit.Result}{restarts}"),
            "activating" when unit.SubState == "auto-restart" => (HealthStatus.Warning, $"{state}: restarting after a failure (result {unit.Result}){restarts}"),
            "active" or "activating" or "reloading" => (HealthStatus.Ok, $"{state}{restarts}{status}"),
            _ when unit.Id == HealthUnits.Target => (HealthStatus.Warning, $"{state}: the pipeline is stopped (systemctl start {HealthUnits.Target})"),
            _ when view.TargetActive && view.IsWanted(unit.Id) => (HealthStatus.Critical, $"{state} while {HealthUnits.Target} is active{restarts}"),
            _ when view.TargetActive => (HealthStatus.Ok, $"{state}: not in {HealthUnits.Target}'s subset (systemctl enable --now {unit.Id} adds it){restarts}"),
            _ => (HealthStatus.Ok, $"{state}, as {HealthUnits.Target} is not active{restarts}"),
        };
        return HealthCheck.Of(level, name, key, detail, values);
    }
}
