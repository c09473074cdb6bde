using System.CommandLine;
using Schwab.Simulator;

namespace Schwab.Cli.Commands.Simulate;

/// <summary>
/// <c>schwabctl simulate --port P [--seed N] [--speed X] [--client-id ID --client-secret S] [--demo-calendar]</c>: serve the
/// simulated Schwab API on 127.0.0.1 until stopped. Prints the base URL and the app settings that reach it, in the
/// environment-file form, so the output can be pasted into <c>schwab.env</c>.
/// </summary>
internal sealed class SimulateCommand : SchwabCommand
{
    private readonly Option<int> _port = new("--port") { Description = "The port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 0 };
    private readonly Option<int> _seed = new("--seed") { Description = "The market's random seed", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _speed = new("--speed") { Description = "How many times faster than real time the simulated clock runs", DefaultValueFactory = _ => 1.0 };
    private readonly Option<string?> _clientId = new("--client-id") { Description = "The app key the simulator accepts" };
    private readonly Option<string?> _clientSecret = new("--client-secret") { Description = "The app secret the simulator accepts" };
    private readonly Option<bool> _demoCalendar = new("--demo-calendar") { Description = "Lay today as a trading day whose session wraps the current time" };
    private readonly Option<string> _api = CommonOptions.Api();

    public SimulateCommand()
        : base("simulate", "Serve the simulated Schwab API on 127.0.0.1 until stopped")
    {
        Add(_port);
        Add(_seed);
        Add(_speed);
        Add(_clientId);
        Add(_clientSecret);
        Add(_demoCalendar);
        Add(_api);
        _port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535");
            }
        });
        _speed.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 100_000)
            {
                r.AddError("--speed must be greater than 0 and at most 100000");
            }
        });
    }

    protected override bool NeedsSettings => false;

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        double speed = parseResult.GetValue(_speed);
        var options = new SimulatorOptions
        {
            Port = parseResult.GetValue(_port),
            Seed = parseResult.GetValue(_seed),
            DemoCalendar = parseResult.GetValue(_demoCalendar),
            Time = speed == 1.0 ? TimeProvider.System : new AcceleratedTimeProvider(TimeProvider.System.GetUtcNow(), speed),
        };
        options.ClientId = parseResult.GetValue(_clientId) ?? options.ClientId;
        options.ClientSecret = parseResult.GetValue(_clientSecret) ?? options.ClientSecret;
        await using SchwabSimulator simulator = await SchwabSimulator.StartAsync(options, cancellationToken);

        string app = $"Schwab__Apps__{parseResult.GetValue(_api)}";
        TextWriter output = parseResult.InvocationConfiguration.Output;
        await output.WriteLineAsync($"{app}__BaseUrl={simulator.BaseUrl.AbsoluteUri.TrimEnd('/')}");
        await output.WriteLineAsync($"{app}__ClientId={options.ClientId}");
        await output.WriteLineAsync($"{app}__ClientSecret={options.ClientSecret}");
        await output.WriteLineAsync($"{app}__RedirectUri={options.RedirectUri}");
        await output.FlushAsync(cancellationToken);
        await parseResult.InvocationConfiguration.Error.WriteLineAsync($"simulated Schwab API on {simulator.BaseUrl} (seed {options.Seed}, speed {speed}x); Ctrl-C stops it");
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C or SIGTERM: a normal stop.
        }

        return ExitCodes.Success;
    }
}
