using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Api.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Streaming;

/// <summary>The real DI registration with scripted sockets, fake credentials, fake time and collected logs.</summary>
internal sealed class StreamerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public StreamerHarness(Dictionary<string, string?>? settings = null, bool realSockets = false)
    {
        Dictionary<string, string?> config = new()
        {
            ["Streamer:AckTimeout"] = "00:00:05",
            ["Streamer:LoginTimeout"] = "00:00:07",
            ["Streamer:BackoffBase"] = "00:00:01",
            ["Streamer:BackoffMax"] = "00:00:04",
            ["Streamer:HeartbeatTimeout"] = "00:10:00",
        };
        foreach ((string key, string? value) in settings ?? [])
        {
            config[key] = value;
        }

        Sockets.Build = () => new ScriptedWebSocket { Responder = StreamerResponder.Answer };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = true);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IStreamerCredentialsSource>(Credentials);
        if (!realSockets)
        {
            services.AddSingleton<IWebSocketConnectionFactory>(Sockets);
        }

        services.AddSchwabStreaming();
        _provider = services.BuildServiceProvider(validateScopes: true);
        Client = _provider.GetRequiredService<StreamerClient>();
        Logs = _provider.GetFakeLogCollector();
    }

    public TimerAwareFakeTimeProvider Time { get; } = new();

    public ScriptedWebSocketFactory Sockets { get; } = new();

    public FakeStreamerCredentials Credentials { get; } = new();

    public StreamerClient Client { get; }

    public FakeLogCollector Logs { get; }

    public UpdateReader Read() => new(Client);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
