using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration;
using Schwab.Core.Hosting;
using Schwab.Core.Hosting.Journald;
using Schwab.Testing;
using Serilog.Core;
using Serilog.Events;

namespace Schwab.Core.Tests.Hosting;

/// <summary>A daemon refuses to start only on problems in the settings it uses; the cause comes first, in one line (issue 12).</summary>
public sealed class DaemonSettingsSectionsTests
{
    private sealed class StoppingWorker(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            lifetime.StopApplication();
            return Task.CompletedTask;
        }
    }

    // Like schwab-tokens: the common sections plus Tokens, no Alerts.
    private static IHost Build(ILogEventSink sink, string config)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = ["--config", config],
            ContentRootPath = Path.GetTempPath(),
            DisableDefaults = true,
        });
        builder.AddSchwabDefaults("schwab-test", sink);
        builder.UsesSettings("Tokens");
        builder.Services.AddHostedService<StoppingWorker>();
        return builder.Build();
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_TypoInASectionItDoesNotUse_StartsAndWarnsOncePerProblem()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        string config = await DaemonSetup.WriteAsync(dir, """ "Alerts": { "Form": "x@example.com" }, "Alert": { "To": "y@example.com" } """);
        using IHost host = Build(sink, config);

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(0, exitCode);
        IReadOnlyList<string> warnings = sink.Messages(LogEventLevel.Warning).Where(m => m.Contains("configuration", StringComparison.Ordinal)).ToList();
        Assert.Single(warnings, w => w.Contains("Alerts:Form: is not a known setting", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Contains("Alert: is not a known section (known: Alerts, Balances", StringComparison.Ordinal));
        Assert.Empty(sink.Messages(LogEventLevel.Fatal));
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_TypoInItsOwnSection_RefusesWithTheCauseFirstAndNoStack()
    {
        using var error = new StringWriter();
        using var dir = new TempDirectory();
        string config = await DaemonSetup.WriteAsync(dir, """ "Tokens": { "RefreshAhead": "-00:01:00" }, "Alerts": { "Form": "x" } """);
        using IHost host = Build(new StderrPrioritySink(error, withTimestamp: false), config);

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(1, exitCode);
        string[] lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("<2>", lines[0], StringComparison.Ordinal);
        Assert.Contains("Tokens:RefreshAhead:", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("<4>", StringComparison.Ordinal) && l.Contains("Alerts:Form:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" at ", StringComparison.Ordinal) || l.Contains("OptionsValidationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_NoSettingsFile_OneLineSayingWhereItLooked()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        using IHost host = Build(sink, dir.File("absent.json"));

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(1, exitCode);
        string problem = Assert.Single(sink.Messages(LogEventLevel.Fatal));
        Assert.Contains("absent.json", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectBySection_EnvironmentVariablesThatAreNotOurs_AreNotJudged()
    {
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", """{ "Databse": { "Provider": "Sqlite" } }""");
        dir.Write("schwab.env", "Alert__To=x\n");
        var configuration = SchwabConfiguration.Build(config, _ => null);
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddSchwabSettings();
        using ServiceProvider provider = services.BuildServiceProvider();

        IReadOnlyList<ConfigurationProblem> problems = ConfigurationProblems.CollectBySection(services, provider, configuration);

        Assert.Equal(["Databse", "Alert"], problems.Select(p => p.Section).Where(s => s is "Databse" or "Alert"));
        Assert.DoesNotContain(problems, p => p.Section is "PATH" or "HOME");
    }
}
