namespace Schwab.Systemd.Tests;

/// <summary>Structural checks of every file in <c>systemd/</c> (units with their drop-ins applied); plain file parsing, no systemd needed.</summary>
public sealed class UnitFileTests
{
    public static TheoryData<string> DaemonUnits => new(Installed.Daemons.Select(d => d + ".service"));

    // Units and drop-ins, as paths below systemd/.
    public static TheoryData<string> AllFiles => new(
        Directory.GetFiles(Repository.PathOf("systemd"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.PathOf("systemd"), f)).Order(StringComparer.Ordinal));

    public static TheoryData<string> Services =>
        new(Directory.GetFiles(Repository.PathOf("systemd"), "*.service").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static UnitFile Load(string name) => UnitFile.Load(Path.Combine(Repository.PathOf("systemd"), name));

    // As installed on a loopback-only host: every drop-in but the production network opening.
    private static UnitFile LoadApplied(string name) => UnitFile.LoadWithDropIns(Repository.PathOf("systemd"), name, "50-network.conf");

    [Fact]
    public void SystemdFolder_Services_AreTheSevenDaemonsPlusHealthAndAlert()
    {
        string[] services = Directory.GetFiles(Repository.PathOf("systemd"), "*.service").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        string[] expected = [.. Installed.Daemons.Select(d => d + ".service"), "schwab-alert@.service", "schwab-health.service"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), services);
    }

    [Theory]
    [MemberData(nameof(DaemonUnits))]
    public void DaemonUnit_Settings_MatchTheContract(string name)
    {
        UnitFile unit = Load(name);
        string daemon = Path.GetFileNameWithoutExtension(name);

        Assert.Equal("notify", unit.Get("Service", "Type"));
        Assert.Equal("on-failure", unit.Get("Service", "Restart"));
        Assert.Equal("5", unit.Get("Service", "RestartSec"));
        Assert.Equal("schwab-alert@%n.service", unit.Get("Unit", "OnFailure"));
        Assert.Equal("schwab.target", unit.Get("Unit", "PartOf"));
        Assert.True(int.TryParse(unit.Get("Service", "WatchdogSec"), out int watchdog) && watchdog > 0, $"{name}: WatchdogSec= must be a positive number of seconds");
        Assert.True(int.TryParse(unit.Get("Service", "TimeoutStopSec"), out int stop) && stop > 30, $"{name}: TimeoutStopSec= must exceed HostOptions.ShutdownTimeout (30 s)");
        Assert.Equal($"/opt/schwab/bin/{daemon} --config /etc/schwab/schwab.json", unit.Get("Service", "ExecStart"));
        Assert.Equal("schwab", unit.Get("Service", "User"));
        Assert.Equal("schwab", unit.Get("Service", "StateDirectory"));
        Assert.Equal("/var/lib/schwab", unit.Get("Service", "WorkingDirectory"));
        string after = daemon == "schwab-tokens" ? "network-online.target" : "network-online.target schwab-tokens.service";
        Assert.Equal(after, unit.Get("Unit", "After"));
        Assert.Equal(after, unit.Get("Unit", "Wants"));
        Assert.Equal("schwab.target", unit.Get("Install", "WantedBy"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void AnyService_SettingsAndKey_AreReadByTheExecutableNotPassedBySystemd(string name)
    {
        UnitFile unit = LoadApplied(name);

        // Every executable reads schwab.env and token.key from its settings file's folder, so `sudo -u schwab schwabctl`
        // sees exactly what the units see.
        Assert.Null(unit.Get("Service", "EnvironmentFile"));
        Assert.Null(unit.Get("Service", "LoadCredential"));
        Assert.Contains("--config /etc/schwab/schwab.json", unit.Get("Service", "ExecStart"), StringComparison.Ordinal);
        Assert.Contains("network-online.target", unit.Get("Unit", "After") ?? "", StringComparison.Ordinal);
        Assert.Contains("network-online.target", unit.Get("Unit", "Wants") ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void AnyService_WithItsDropIns_IsHardened(string name)
    {
        UnitFile unit = LoadApplied(name);

        foreach ((string key, string value) in new[]
        {
            ("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"), ("PrivateTmp", "yes"),
            ("PrivateDevices", "yes"), ("ProtectKernelTunables", "yes"), ("ProtectKernelModules", "yes"),
            ("ProtectControlGroups", "yes"), ("RestrictNamespaces", "yes"), ("CapabilityBoundingSet", ""),
            ("IPAddressDeny", "any"), ("IPAddressAllow", "localhost"), ("RestrictAddressFamilies", "AF_UNIX AF_INET AF_INET6"),
        })
        {
            Assert.True(unit.Get("Service", key) == value, $"{name}: expected {key}={value}, found {key}={unit.Get("Service", key) ?? "(unset)"}");
        }

        Assert.Contains("@system-service", unit.All("Service", "SystemCallFilter"));
        Assert.Contains("~@privileged", unit.All("Service", "SystemCallFilter"));
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void AnyUnitFile_SettingsThatBreakDotNet_AreAbsent(string name)
    {
        UnitFile unit = Load(name);

        Assert.DoesNotContain(unit.All("Service", "SystemCallFilter"), f => f.StartsWith('~') && f.Contains("@resources", StringComparison.Ordinal));
        Assert.NotEqual("invisible", unit.Get("Service", "ProtectProc"));
        Assert.DoesNotContain(unit.Get("Service", "MemoryDenyWriteExecute"), new[] { "yes", "true", "on", "1" });
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void ServiceUnit_OtherThanTheAlert_AlertsOnFailure(string name)
    {
        if (!name.EndsWith(".service", StringComparison.Ordinal) || name == "schwab-alert@.service")
        {
            return;
        }

        Assert.Equal("schwab-alert@%n.service", Load(name).Get("Unit", "OnFailure"));
    }

    [Theory]
    [MemberData(nameof(DaemonUnits))]
    public void DaemonUnit_HardeningItself_LivesInTheSharedDropIn(string name)
    {
        UnitFile unit = Load(name);

        Assert.Empty(unit.All("Service", "ProtectSystem"));
        Assert.Empty(unit.All("Service", "SystemCallFilter"));
        Assert.Empty(unit.All("Service", "PrivateUsers"));
    }

    [Theory]
    [InlineData("schwab-health.service")]
    [InlineData("schwab-alert@.service")]
    public void JournalReader_OwnDropIn_MapsTheJournalGroupOverTheSharedHardening(string name)
    {
        UnitFile unit = LoadApplied(name);

        Assert.Equal("no", unit.Get("Service", "PrivateUsers"));
        Assert.Equal("systemd-journal", unit.Get("Service", "SupplementaryGroups"));
    }

    [Fact]
    public void Target_EnablesEveryDaemonAndTheTimerThroughAlso_WantsNoneStatically()
    {
        UnitFile target = Load("schwab.target");

        // A static Wants= would start a unit the operator disabled; each service is wanted through its WantedBy= instead.
        Assert.DoesNotContain(target.All("Unit", "Wants"), w => w.Contains("schwab-", StringComparison.Ordinal));
        string[] also = target.All("Install", "Also").SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.All(Installed.Daemons, d => Assert.Contains(d + ".service", also));
        Assert.Contains("schwab-health.timer", also);
        Assert.Equal("schwab.target", Load("schwab-health.timer").Get("Install", "WantedBy"));
    }

    [Fact]
    public void HealthTimer_RunsHealthWithAlertEveryFiveMinutes()
    {
        Assert.Equal("5min", Load("schwab-health.timer").Get("Timer", "OnUnitActiveSec"));
        Assert.Equal("/opt/schwab/bin/schwabctl health --alert --config /etc/schwab/schwab.json", Load("schwab-health.service").Get("Service", "ExecStart"));
        Assert.Equal(
            "/opt/schwab/bin/schwabctl alert unit-failed %i --config /etc/schwab/schwab.json",
            Load("schwab-alert@.service").Get("Service", "ExecStart"));
    }

    [Fact]
    public void NetworkDropIn_OnlyWidensTheIpAllowList()
    {
        UnitFile dropIn = Load("schwab-.service.d/50-network.conf");

        Assert.All(dropIn.Keys("Service"), key => Assert.StartsWith("IPAddress", key, StringComparison.Ordinal));
        Assert.NotEmpty(dropIn.Keys("Service"));
    }
}
