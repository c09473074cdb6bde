using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Schwab.Core.Data;
using Schwab.Core.Hosting;
using Schwab.Testing;

namespace Schwab.Core.Tests.Hosting;

/// <summary>The heartbeat row through a real daemon host (<c>AddSchwabDefaults</c>) on a real SQLite file and a fake clock.</summary>
public sealed class HeartbeatWorkerTests : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 27, 15, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(s_start);

    public void Dispose() => _dir.Dispose();

    private sealed class FaultingWorker : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("worker broke");
        }
    }

    private async Task<IHost> BuildAsync(Action<IServiceCollection>? configure = null)
    {
        string config = await DaemonSetup.WriteAsync(_dir);
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = ["--config", config],
            ContentRootPath = _dir.Path,
            DisableDefaults = true,
        });
        builder.AddSchwabDefaults("schwab-test", new CollectingSink());
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time));
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    private static async Task<ServiceStatus?> RowAsync(IHost host) =>
        (await host.Services.GetRequiredService<ServiceStatusStore>().ListAsync(CancellationToken.None)).SingleOrDefault(r => r.Service == "schwab-test");

    [Fact]
    public async Task StopAsync_CleanStop_WritesALastHeartbeatSayingStopped()
    {
        using IHost host = await BuildAsync();
        await host.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        await host.StopAsync();

        ServiceStatus row = Assert.IsType<ServiceStatus>(await RowAsync(host));
        Assert.Equal(HeartbeatWorker.Stopped, row.Status);
        Assert.Equal(s_start.AddMinutes(10), row.LastHeartbeatAt);
        Assert.Equal(s_start, row.StartedAt);
        Assert.Equal(Environment.ProcessId, row.Pid);
        Assert.Null(row.LastErrorAt);
    }

    [Fact]
    public async Task StopAsync_WorkerFaulted_LastHeartbeatSaysSoWithTheError()
    {
        using IHost host = await BuildAsync(s => s.AddHostedService<FaultingWorker>());
        await host.StartAsync();

        // The faulted worker stops the host (BackgroundServiceExceptionBehavior.StopHost); waiting for it runs StopAsync.
        await host.WaitForShutdownAsync();

        ServiceStatus row = Assert.IsType<ServiceStatus>(await RowAsync(host));
        Assert.Equal(HeartbeatWorker.StoppedAfterFailure, row.Status);
        Assert.Equal("worker broke", row.LastError);
        Assert.Equal(s_start, row.LastErrorAt);
    }

    [Fact]
    public async Task ExecuteAsync_StatusChanges_WritesTheNewStatusWithoutWaitingForTheInterval()
    {
        using IHost host = await BuildAsync();
        await host.StartAsync();
        await WaitForStatusAsync(host, s => s is not null);
        _time.Advance(HeartbeatWorker.MinimumGap * 2);

        host.Services.GetRequiredService<DaemonStatus>().Set("collecting the 10:31 snapshot");

        // No fake time passes: only the change can have written this row.
        ServiceStatus row = await WaitForStatusAsync(host, s => s == "collecting the 10:31 snapshot");
        Assert.Equal(s_start + (HeartbeatWorker.MinimumGap * 2), row.LastHeartbeatAt);
        await host.StopAsync();
    }

    private static async Task<ServiceStatus> WaitForStatusAsync(IHost host, Func<string?, bool> condition)
    {
        // The row is written by the worker's own task: wait for that write (bounded), not for any clock.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            ServiceStatus? row = await RowAsync(host);
            if (row is not null && condition(row.Status))
            {
                return row;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }
    }

    [Fact]
    public async Task StopAsync_StartRefused_WritesNoRow()
    {
        using IHost host = await BuildAsync();
        File.Delete(_dir.File("token.key"));
        await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        await host.StopAsync();

        Assert.Null(await RowAsync(host));
    }
}
