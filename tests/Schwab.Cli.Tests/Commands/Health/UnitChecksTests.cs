using Schwab.Cli.Commands.Health;

namespace Schwab.Cli.Tests.Commands.Health;

public sealed class UnitChecksTests
{
    // The shape systemd 252 prints for `systemctl show --timestamp=utc -p Id,LoadState,… UNIT…` (its own property order,
    // one blank line between units; a unit that does not exist still gets a block, with LoadState=not-found).
    private const string Show = """
        NRestarts=0
        Id=schwab-chains.service
        LoadState=loaded
        ActiveState=active
        SubState=running
        Result=success
        StatusText=next snapshot 10:31:00 ET
        ActiveEnterTimestamp=Wed 2026-12-02 14:29:31 UTC

        NRestarts=3
        Id=schwab-ohlc.service
        LoadState=loaded
        ActiveState=failed
        SubState=failed
        Result=exit-code
        StatusText=
        ActiveEnterTimestamp=

        NRestarts=0
        Id=schwab-stream.service
        LoadState=not-found
        ActiveState=inactive
        SubState=dead
        Result=success
        StatusText=
        ActiveEnterTimestamp=

        NRestarts=0
        Id=schwab-balances.service
        LoadState=loaded
        ActiveState=inactive
        SubState=dead
        Result=success
        StatusText=
        ActiveEnterTimestamp=Wed 2026-12-02 14:00:02 UTC

        NRestarts=1
        Id=schwab-transactions.service
        LoadState=loaded
        ActiveState=activating
        SubState=auto-restart
        Result=exit-code
        StatusText=
        ActiveEnterTimestamp=

        Id=schwab.target
        LoadState=loaded
        ActiveState=active
        SubState=active
        Result=success
        NRestarts=
        StatusText=
        ActiveEnterTimestamp=Wed 2026-12-02 14:29:30 UTC

        """;

    [Fact]
    public void Parse_ShowOutput_ReadsEveryUnitBlock()
    {
        IReadOnlyList<UnitState> units = SystemctlShow.Parse(Show);

        Assert.Equal(["schwab-chains.service", "schwab-ohlc.service", "schwab-stream.service", "schwab-balances.service", "schwab-transactions.service", "schwab.target"], units.Select(u => u.Id));
        UnitState chains = units[0];
        Assert.Equal(("loaded", "active", "running", "success", 0, "next snapshot 10:31:00 ET"), (chains.LoadState, chains.ActiveState, chains.SubState, chains.Result, chains.Restarts, chains.StatusText));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 14, 29, 31, TimeSpan.Zero), chains.ActiveEnterTimestamp);
        Assert.Equal(3, units[1].Restarts);
        Assert.Null(units[1].ActiveEnterTimestamp);
        Assert.False(units[2].IsInstalled);
    }

    [Fact]
    public void Evaluate_TargetActive_GradesEachUnitByItsState()
    {
        var view = new SystemdView(SystemctlShow.Parse(Show).ToDictionary(u => u.Id), null);

        Dictionary<string, HealthCheck> checks = UnitChecks.Evaluate(view).ToDictionary(c => c.Key);

        Assert.Equal(HealthStatus.Ok, checks["unit:schwab-chains"].Status);
        Assert.Equal("active (running): next snapshot 10:31:00 ET", checks["unit:schwab-chains"].Detail);
        Assert.Equal(HealthStatus.Critical, checks["unit:schwab-ohlc"].Status);
        Assert.Equal("failed (failed), result exit-code, 3 restarts", checks["unit:schwab-ohlc"].Detail);
        Assert.Equal((HealthStatus.Ok, "not installed"), (checks["unit:schwab-stream"].Status, checks["unit:schwab-stream"].Detail));
        Assert.Equal(HealthStatus.Critical, checks["unit:schwab-balances"].Status);
        Assert.Equal("inactive (dead) while schwab.target is active", checks["unit:schwab-balances"].Detail);
        Assert.Equal(HealthStatus.Warning, checks["unit:schwab-transactions"].Status);
        Assert.Equal(HealthStatus.Ok, checks["unit:schwab.target"].Status);
    }

    [Fact]
    public void Evaluate_OperatorLeftAUnitOutOfTheTarget_ItsStopIsFineAndTheOthersStillCount()
    {
        string subset = Show.Replace(
            "Id=schwab.target\nLoadState=loaded\nActiveState=active",
            "Id=schwab.target\nWants=schwab-chains.service schwab-ohlc.service schwab-transactions.service\nLoadState=loaded\nActiveState=active",
            StringComparison.Ordinal);
        var view = new SystemdView(SystemctlShow.Parse(subset).ToDictionary(u => u.Id), null);

        Dictionary<string, HealthCheck> checks = UnitChecks.Evaluate(view).ToDictionary(c => c.Key);

        Assert.Equal(HealthStatus.Ok, checks["unit:schwab-balances"].Status);
        Assert.Equal(
            "inactive (dead): not in schwab.target's subset (systemctl enable --now schwab-balances.service adds it)", checks["unit:schwab-balances"].Detail);
        Assert.Equal(HealthStatus.Critical, checks["unit:schwab-ohlc"].Status);
        Assert.False(view.IsWanted("schwab-balances.service"));
        Assert.True(view.IsWanted("schwab-chains.service"));
    }

    [Fact]
    public void Evaluate_TargetStopped_InactiveUnitsAreFineButTheTargetWarns()
    {
        string stopped = Show.Replace("Id=schwab.target\nLoadState=loaded\nActiveState=active", "Id=schwab.target\nLoadState=loaded\nActiveState=inactive", StringComparison.Ordinal);
        var view = new SystemdView(SystemctlShow.Parse(stopped).ToDictionary(u => u.Id), null);

        Dictionary<string, HealthCheck> checks = UnitChecks.Evaluate(view).ToDictionary(c => c.Key);

        Assert.Equal(HealthStatus.Ok, checks["unit:schwab-balances"].Status);
        Assert.Equal(HealthStatus.Warning, checks["unit:schwab.target"].Status);
        Assert.Equal(HealthStatus.Critical, checks["unit:schwab-ohlc"].Status);
    }

    [Fact]
    public async Task Query_NoSystemdDirectory_SaysSoOnceAndChecksNoUnit()
    {
        using var dir = new Schwab.Testing.TempDirectory();

        SystemdView view = await SystemdView.QueryAsync(Path.Combine(dir.Path, "no-such-dir"), CancellationToken.None);

        HealthCheck check = Assert.Single(UnitChecks.Evaluate(view));
        Assert.Equal(("systemd", HealthStatus.Ok), (check.Key, check.Status));
        Assert.Equal("systemd is not running here: unit states not checked", check.Detail);
    }
}
