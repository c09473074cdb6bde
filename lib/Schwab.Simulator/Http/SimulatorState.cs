using Microsoft.Extensions.Logging;
using Schwab.Simulator.Auth;

namespace Schwab.Simulator.Http;

/// <summary>Everything the endpoints share.</summary>
internal sealed class SimulatorState(
    SimulatorOptions options, SimulatedMarket market, SimulatedAccount account, SimulatorRecord record, FaultPlan faults, ILogger logger)
{
    public SimulatorOptions Options { get; } = options;

    public TimeProvider Time => Options.Time;

    public SimulatedMarket Market { get; } = market;

    public SimulatedAccount Account { get; } = account;

    public SimulatorRecord Record { get; } = record;

    public FaultPlan Faults { get; } = faults;

    public TokenAuthority Tokens { get; } = new(options, faults);

    public ILogger Logger { get; } = logger;

    /// <summary>The streamer URL advertised in userPreference; set once the port is known.</summary>
    public string StreamerUrl { get; set; } = "";
}
