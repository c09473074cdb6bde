namespace Schwab.Simulator.Recording;

/// <summary>One streamer request received.</summary>
/// <param name="Time">Simulator time it was received.</param>
/// <param name="Service">Service, e.g. <c>LEVELONE_OPTIONS</c>.</param>
/// <param name="Command">Command, e.g. <c>SUBS</c>.</param>
/// <param name="Keys">Keys from <c>parameters.keys</c>.</param>
/// <param name="Fields">Fields from <c>parameters.fields</c>.</param>
/// <param name="RequestId">The request id as a string.</param>
/// <param name="ResponseCode">The code the simulator answered with.</param>
public sealed record RecordedStreamCommand(
    DateTimeOffset Time, string Service, string Command, IReadOnlyList<string> Keys, IReadOnlyList<int> Fields, string RequestId, int ResponseCode);
