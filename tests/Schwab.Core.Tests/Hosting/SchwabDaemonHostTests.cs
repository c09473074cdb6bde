using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Testing;
using Serilog.Events;

namespace Schwab.Core.Tests.Hosting;

public sealed class SchwabDaemonHostTests
{
    private sealed class FaultingWorker : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("worker broke");
        }
    }

    private sealed class StoppingWorker(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            lifetime.StopApplication();
            return Task.CompletedTask;
        }
    }

    private static IHost Build(CollectingSink sink, string[] args, Action<IServiceCollection> configure)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Path.GetTempPath(),
            DisableDefaults = true,
        });
        builder.AddSchwabDefaults("schwab-test", sink);
        configure(builder.Services);
        return builder.Build();
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_WorkerFaults_ExitsOneAndLogsCritical()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        using IHost host = Build(sink, ["--config", await DaemonSetup.WriteAsync(dir)], s => s.AddHostedService<FaultingWorker>());

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains(sink.Events, e => e.Level == LogEventLevel.Fatal && e.Exception?.Message == "worker broke");
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_CleanStop_ExitsZero()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        using IHost host = Build(sink, ["--config", await DaemonSetup.WriteAsync(dir)], s => s.AddHostedService<StoppingWorker>());

        Assert.Equal(0, await host.RunSchwabDaemonAsync());
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_BadConfiguration_RefusesStartListingEveryProblem()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        string config = await DaemonSetup.WriteAsync(dir, """ "Chains": { "StrikeCount": 0 }, "Tokens": { "RefreshAhead": "-00:01:00" }, "Ohlc": { "Bogus": 1 } """);
        using IHost host = Build(sink, ["--config", config], s => s.AddHostedService<StoppingWorker>());

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(1, exitCode);
        IReadOnlyList<string> critical = sink.Messages(LogEventLevel.Fatal);
        Assert.Contains(critical, m => m.Contains("Chains:StrikeCount:", StringComparison.Ordinal));
        Assert.Contains(critical, m => m.Contains("Tokens:RefreshAhead:", StringComparison.Ordinal));
        Assert.Contains(critical, m => m.Contains("Ohlc:Bogus:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_ConfigFileMissing_RefusesStartNamingTheFile()
    {
        var sink = new CollectingSink();
        using IHost host = Build(sink, ["--config", "/nonexistent/schwab.json"], s => s.AddHostedService<StoppingWorker>());

        Assert.Equal(1, await host.RunSchwabDaemonAsync());
        Assert.Contains(sink.Messages(LogEventLevel.Fatal), m => m.Contains("/nonexistent/schwab.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunSchwabDaemonAsync_SchemaMissingAndNoKey_RefusesStartSayingWhyInOneLineEach()
    {
        var sink = new CollectingSink();
        using var dir = new TempDirectory();
        string config = dir.Write("schwab.json", $$"""
            { "Database": { "ConnectionString": "Data Source={{dir.File("empty.db")}}" },
              "Schwab": { "Apps": { "MAIN_DATA": { "ClientId": "id", "ClientSecret": "secret" } }, "TradeApp": "MAIN_DATA" } }
            """);
        using IHost host = Build(sink, ["--config", config], s => s.AddHostedService<StoppingWorker>());

        int exitCode = await host.RunSchwabDaemonAsync();

        Assert.Equal(1, exitCode);
        IReadOnlyList<string> critical = sink.Messages(LogEventLevel.Fatal);
        Assert.Contains(critical, m => m.StartsWith("database:", StringComparison.Ordinal) && m.Contains("schwabctl db migrate", StringComparison.Ordinal));
        Assert.Contains(critical, m => m.StartsWith("token-key: token key not found", StringComparison.Ordinal));
        Assert.All(critical, m => Assert.DoesNotContain('\n', m));
    }
}
