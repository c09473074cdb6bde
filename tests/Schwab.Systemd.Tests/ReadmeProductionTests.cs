using System.Diagnostics;
using System.Globalization;
using System.Net;
using Schwab.Simulator;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>
/// The README's "Run it for real" section, each command taken from README.md at test time and run as printed inside a
/// private systemd that starts with nothing of ours: install (the .deb, or <c>scripts/install.sh</c> from the source
/// tree), the secrets file, <c>db migrate</c>, <c>auth</c> (the URL printed, the browser's redirect pasted back, against
/// the simulator), <c>check</c>, <c>systemctl enable --now</c>, <c>health</c>, and the subset.
/// </summary>
[Collection(SystemdCollection.Name)]
public sealed class ReadmeProductionTests
{
    private const string SearchPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    [SkippableFact]
    public async Task Readme_FromThePackage_EveryDaemonActiveAndHealthExitsZero()
    {
        string? reason = PrivateSystemd.SkipReason();
        Skip.If(reason is not null, reason);
        Skip.If(ProcessRunner.Which("dpkg-deb") is null, "needs dpkg-deb");
        ReadmeProduction readme = ReadmeProduction.Read();
        Assert.Equal("scripts/package.sh", readme.BuildPackage);
        string deb = await DebianPackage.PathAsync();
        using var work = new TempDirectory();
        using var boot = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using PrivateSystemd systemd = await PrivateSystemd.BootForPackageAsync(work.Path, deb, boot.Token, Repository.Root);
        await using SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { Port = 0, Seed = 12, DemoCalendar = true });

        await ShellAsync(systemd, readme.InstallPackage);
        await WriteSecretsAsync(work, readme, simulator);

        await RunTheReadmeAsync(systemd, readme, simulator);

        // A typo in a section schwab-tokens does not use: it starts anyway and warns; check names it and fails.
        string settings = SettingsPath(work);
        File.WriteAllText(settings, File.ReadAllText(settings).TrimEnd().TrimEnd('}') + ",\n  \"Alerts\": { \"Enabeld\": true }\n}\n");
        CommandResult restart = await systemd.SystemctlAsync("restart", "schwab-tokens");
        Assert.True(restart.ExitCode == 0, restart.ToString());
        Assert.Equal("active", await systemd.PropertyAsync("schwab-tokens.service", "ActiveState"));
        CommandResult warnings = await systemd.JournalctlAsync("-u", "schwab-tokens", "-p", "warning", "-o", "cat");
        Assert.Contains("Alerts:Enabeld", warnings.Stdout, StringComparison.Ordinal);
        CommandResult check = await ShellAsync(systemd, readme.Check, expectedExit: 1);
        Assert.Contains("Alerts:Enabeld", check.Stdout + check.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Readme_FromInstallScript_SqlServerUnreachableFailsWithoutSqlite_ThenEveryDaemonActiveAndHealthExitsZero()
    {
        string? reason = PrivateSystemd.SkipReason();
        Skip.If(reason is not null, reason);
        Skip.If(ProcessRunner.Which("dpkg-deb") is null, "needs dpkg-deb");
        ReadmeProduction readme = ReadmeProduction.Read();
        string deb = await DebianPackage.PathAsync(); // also leaves stage.sh's publish cache warm for install.sh
        using var work = new TempDirectory();
        using var boot = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using PrivateSystemd systemd = await PrivateSystemd.BootForPackageAsync(work.Path, deb, boot.Token, Repository.Root);
        await using SchwabSimulator simulator = await SchwabSimulator.StartAsync(new SimulatorOptions { Port = 0, Seed = 13, DemoCalendar = true });

        await ShellAsync(systemd, readme.InstallFromSource, timeout: Repository.InstallTimeout);

        // SQL Server named in schwab.env, as the README recommends, but not reachable: migrate fails naming it, and no
        // SQLite file appears anywhere.
        await WriteSecretsAsync(work, readme, simulator, "Database__Provider=SqlServer", "Database__ConnectionString=Server=127.0.0.1,1;Database=OPT;User Id=schwab;Password=not-a-real-one;Encrypt=true;Connect Timeout=3");
        CommandResult migrate = await ShellAsync(systemd, readme.Migrate, expectedExit: 1);
        Assert.Contains("SQL Server", migrate.Stderr, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1,1", migrate.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-one", migrate.Stdout + migrate.Stderr, StringComparison.Ordinal);
        CommandResult databases = await systemd.RunAsync("sh", "-c", "find / -xdev \\( -name '*.db' -o -name '*.db-wal' \\) -newer /etc/schwab/token.key 2>/dev/null");
        Assert.True(databases.Stdout.Trim().Length == 0, "migrate against SQL Server created SQLite files:\n" + databases.Stdout);

        await WriteSecretsAsync(work, readme, simulator);
        await RunTheReadmeAsync(systemd, readme, simulator);
    }

    // db migrate, auth, check, enable --now, health until 0, then the subset.
    private static async Task RunTheReadmeAsync(PrivateSystemd systemd, ReadmeProduction readme, SchwabSimulator simulator)
    {
        await ShellAsync(systemd, readme.Migrate);
        await AuthAsync(systemd, readme.Auth, simulator);
        await ShellAsync(systemd, readme.Check);
        await ShellAsync(systemd, readme.Start);
        foreach (string daemon in Installed.Daemons)
        {
            await systemd.WaitForStateAsync(daemon + ".service", "active", TimeSpan.FromMinutes(2));
        }

        // Health judges fresh data in the session the simulator's calendar opened: wait for each daemon's first turn.
        CommandResult health = new(-1, "", "");
        try
        {
            await PrivateSystemd.WaitUntilAsync(
                async () => (health = await RunShellAsync(systemd, readme.Health, TimeSpan.FromMinutes(1))).ExitCode == 0,
                TimeSpan.FromMinutes(4),
                "schwabctl health to exit 0");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nlast health run:\n{health}", ex);
        }

        Assert.All(Installed.Daemons, d => Assert.Contains($"heartbeat:{d}", health.Stdout, StringComparison.Ordinal));

        await ShellAsync(systemd, readme.Subset);
        Assert.Equal("inactive", await systemd.PropertyAsync("schwab-balances.service", "ActiveState"));
        string wants = await systemd.PropertyAsync("schwab.target", "Wants");
        Assert.DoesNotContain("schwab-balances.service", wants, StringComparison.Ordinal);
        foreach (string daemon in Installed.Daemons.Where(d => d != "schwab-balances"))
        {
            Assert.Contains(daemon + ".service", wants, StringComparison.Ordinal);
            Assert.Equal("active", await systemd.PropertyAsync(daemon + ".service", "ActiveState"));
        }

        // Health as root (systemctl answers it): the unit left out is no failure, and its stale heartbeat is not judged.
        CommandResult subsetHealth = await RunShellAsync(systemd, "schwabctl health", TimeSpan.FromMinutes(1));
        Assert.True(subsetHealth.ExitCode == 0, "health after the subset: " + subsetHealth);
        Assert.Contains("not in schwab.target's subset", subsetHealth.Stdout, StringComparison.Ordinal);
    }

    // The README's secrets file with the simulator's app key and secret for its placeholders, plus where the simulator
    // listens (Schwab's own addresses are the defaults) and any extra lines.
    private static async Task WriteSecretsAsync(TempDirectory work, ReadmeProduction readme, SchwabSimulator simulator, params string[] extra)
    {
        Assert.Contains(readme.SecretsFile, l => l.Contains("your-app-key", StringComparison.Ordinal));
        Assert.Contains(readme.SecretsFile, l => l.Contains("your-app-secret", StringComparison.Ordinal));
        string[] lines =
        [
            .. readme.SecretsFile.Select(l => l
                .Replace("your-app-key", simulator.Options.ClientId, StringComparison.Ordinal)
                .Replace("your-app-secret", simulator.Options.ClientSecret, StringComparison.Ordinal)),
            $"Schwab__Apps__MAIN_DATA__BaseUrl={simulator.BaseUrl}",
            $"Schwab__Apps__MAIN_DATA__RedirectUri={simulator.Options.RedirectUri}",
            .. extra,
        ];

        // sudoedit keeps the file's owner and mode; so does rewriting it in place.
        string file = Path.Combine(work.Path, ".ns", "etc", "schwab", "schwab.env");
        await File.WriteAllLinesAsync(file, lines);
    }

    private static string SettingsPath(TempDirectory work) => Path.Combine(work.Path, ".ns", "etc", "schwab", "schwab.json");

    private static async Task<CommandResult> ShellAsync(PrivateSystemd systemd, string line, int expectedExit = 0, TimeSpan? timeout = null)
    {
        CommandResult result = await RunShellAsync(systemd, line, timeout ?? TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == expectedExit, $"README command '{line}' (expected exit {expectedExit}): {result}");
        return result;
    }

    // The line as printed, by sh, as root, in the source tree (where the README's relative paths point).
    private static async Task<CommandResult> RunShellAsync(PrivateSystemd systemd, string line, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        return await ProcessRunner.RunAsync("nsenter", Inside(systemd, line), deadline.Token);
    }

    private static string[] Inside(PrivateSystemd systemd, string line) =>
        ["-t", systemd.Pid.ToString(CultureInfo.InvariantCulture), "-m", "-p", "--", "env", SearchPath, "HOME=/root", "sh", "-c", $"cd {PrivateSystemd.SourcePath} && {line}"];

    // auth prints the authorize URL and waits for the pasted redirect: play the operator and the browser.
    private static async Task AuthAsync(PrivateSystemd systemd, string line, SchwabSimulator simulator)
    {
        var info = new ProcessStartInfo("nsenter")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in Inside(systemd, line))
        {
            info.ArgumentList.Add(argument);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using Process auth = Process.Start(info) ?? throw new InvalidOperationException("could not start schwabctl auth");
        Task<string> stderr = auth.StandardError.ReadToEndAsync(deadline.Token);
        var printed = new System.Text.StringBuilder();
        Uri? authorize = null;
        try
        {
            while (authorize is null && await auth.StandardOutput.ReadLineAsync(deadline.Token) is { } text)
            {
                printed.AppendLine(text);
                if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? url) && url.Authority == simulator.BaseUrl.Authority)
                {
                    authorize = url;
                }
            }
        }
        catch (OperationCanceledException)
        {
            auth.Kill(entireProcessTree: true);
        }

        if (authorize is null)
        {
            auth.Kill(entireProcessTree: true);
            Assert.Fail($"'{line}' printed no authorize URL for {simulator.BaseUrl}:\n{printed}\n{await stderr}");
        }

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using HttpResponseMessage response = await browser.GetAsync(authorize, deadline.Token);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        await auth.StandardInput.WriteLineAsync(response.Headers.Location!.OriginalString);
        auth.StandardInput.Close();
        string rest = await auth.StandardOutput.ReadToEndAsync(deadline.Token);
        await auth.WaitForExitAsync(deadline.Token);
        Assert.True(auth.ExitCode == 0, $"'{line}' exited {auth.ExitCode}:\n{printed}{rest}\n{await stderr}");
        Assert.Contains("stored tokens for MAIN_DATA", rest, StringComparison.Ordinal);
    }
}
