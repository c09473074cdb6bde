using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Schwab.Simulator.Http;
using Schwab.Simulator.Streaming;

namespace Schwab.Simulator;

/// <summary>
/// The Schwab API simulator: OAuth, the trader and market-data REST APIs and the WebSocket streamer, served on
/// 127.0.0.1 only, with the same paths, JSON shapes and error bodies as Schwab (schwab-api.md).
/// </summary>
public sealed class SchwabSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorState _state;
    private readonly StreamerServer _streamer;

    private SchwabSimulator(WebApplication app, SimulatorState state, StreamerServer streamer, Uri baseUrl)
    {
        _app = app;
        _state = state;
        _streamer = streamer;
        BaseUrl = baseUrl;
    }

    /// <summary>Streamer connections open now (logged in or not).</summary>
    public int OpenStreamSessions => _streamer.OpenCount;

    /// <summary>Streamer connections logged in and not being closed by the simulator (a fault, a code, LOGOUT).</summary>
    public int ActiveStreamSessions => _streamer.ActiveCount;

    /// <summary>
    /// Raised after every streamer tick of every connection (data, heartbeats and faults sent) and when a connection
    /// opens or ends; lets a test advance the shared fake clock one tick at a time and await the tick itself.
    /// </summary>
    public event EventHandler? StreamTicked
    {
        add => _streamer.Ticked += value;
        remove => _streamer.Ticked -= value;
    }

    /// <summary>The base URL, <c>http://127.0.0.1:&lt;port&gt;</c>; the streamer is at <c>ws://127.0.0.1:&lt;port&gt;/ws</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The streamer URL advertised in <c>userPreference.streamerInfo[0].streamerSocketUrl</c>.</summary>
    public Uri StreamerUrl => new(_state.StreamerUrl);

    /// <summary>What the simulator served.</summary>
    public SimulatorRecord Record => _state.Record;

    /// <summary>Fault injection.</summary>
    public FaultPlan Faults => _state.Faults;

    /// <summary>The deterministic market.</summary>
    public SimulatedMarket Market => _state.Market;

    /// <summary>The simulated accounts and their order book.</summary>
    public SimulatedAccount Account => _state.Account;

    /// <summary>The options it was started with.</summary>
    public SimulatorOptions Options => _state.Options;

    /// <summary>Starts the simulator on 127.0.0.1.</summary>
    /// <param name="options">Options; <see cref="SimulatorOptions.Port"/> 0 picks a free port.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running simulator.</returns>
    public static async Task<SchwabSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        SimulatorOptionsValidator.ThrowIfInvalid(options);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Schwab.Simulator");
        var market = new SimulatedMarket(options.Seed, options.DemoCalendar, options.Time.GetUtcNow());
        var state = new SimulatorState(options, market, new SimulatedAccount(market), new SimulatorRecord(), new FaultPlan(options.Time), logger);
        var streamer = new StreamerServer(state);
        var pipeline = new RequestPipeline(state, streamer);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SchwabSimulator).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.Run(pipeline.HandleAsync);
        await app.StartAsync(cancellationToken);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        state.StreamerUrl = $"ws://127.0.0.1:{baseUrl.Port}/ws";
        Log.SimulatorStarted(logger, baseUrl, options.Seed);
        return new SchwabSimulator(app, state, streamer, new Uri($"http://127.0.0.1:{baseUrl.Port}"));
    }

    /// <summary>A valid authorization code for the default app, as the redirect would carry it (decoded: it ends with <c>@</c>).</summary>
    /// <returns>The code.</returns>
    public string IssueAuthorizationCode() => _state.Tokens.IssueCode(_state.Options.ClientId, _state.Options.RedirectUri);

    /// <summary>Issues a token pair for the default app without the HTTP round trip (recorded as no grant).</summary>
    /// <returns>Access and refresh token.</returns>
    public (string AccessToken, string RefreshToken) IssueTokens() => _state.Tokens.IssuePair(_state.Options.ClientId);

    /// <summary>Stops serving and closes every streamer connection.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        _streamer.AbortAll();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        Log.SimulatorStopped(_state.Logger);
    }
}
