using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api;
using Schwab.Core.Api.Auth;
using Schwab.Core.Api.Http;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api;

/// <summary>The real AddSchwabApi registration over a stub transport, fake time, fake tokens and collected logs.</summary>
internal sealed class ApiHarness : IDisposable
{
    public const string BaseUrl = "https://api.example.test";

    private readonly ServiceProvider _provider;

    public ApiHarness(Dictionary<string, string?>? settings = null)
    {
        Stub = new StubHttpMessageHandler(Time);
        var config = new Dictionary<string, string?>
        {
            ["Schwab:Apps:MAIN_DATA:ClientId"] = "data-client-id",
            ["Schwab:Apps:MAIN_DATA:ClientSecret"] = "data-secret",
            ["Schwab:Apps:MAIN_DATA:RedirectUri"] = "https://127.0.0.1:8182",
            ["Schwab:Apps:MAIN_DATA:BaseUrl"] = BaseUrl,
            ["Schwab:Apps:MAIN_TRADE:ClientId"] = "trade-client-id",
            ["Schwab:Apps:MAIN_TRADE:ClientSecret"] = "trade-secret",
            ["Schwab:Apps:MAIN_TRADE:BaseUrl"] = BaseUrl,
        };
        foreach ((string key, string? value) in settings ?? [])
        {
            config[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IAccessTokenSource>(Tokens);
        services.AddSchwabApi();
        services.AddHttpClient<SchwabHttp>().ConfigurePrimaryHttpMessageHandler(() => Stub);
        services.AddHttpClient<OAuthClient>().ConfigurePrimaryHttpMessageHandler(() => Stub);
        _provider = services.BuildServiceProvider();
    }

    /// <summary>The fake clock (reporting each timer created, so a test can advance only once the client waits).</summary>
    public TimerAwareFakeTimeProvider Time { get; } = StartTime();

    public StubHttpMessageHandler Stub { get; }

    public FakeAccessTokenSource Tokens { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    public SchwabClient Client => _provider.GetRequiredService<SchwabClient>();

    public OAuthClient OAuth => _provider.GetRequiredService<OAuthClient>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Advances fake time in steps until <paramref name="task"/> completes (bounded, never sleeps).</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan step, int maxSteps = 10_000)
    {
        for (int i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            Time.Advance(step);
            await Task.Yield();
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        _provider.Dispose();
        Stub.Dispose();
    }

    private static TimerAwareFakeTimeProvider StartTime()
    {
        var time = new TimerAwareFakeTimeProvider();
        time.SetUtcNow(new DateTimeOffset(2026, 10, 7, 14, 0, 0, TimeSpan.Zero));
        return time;
    }
}
