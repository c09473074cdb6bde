using Schwab.Simulator.Faults;

namespace Schwab.Simulator.Http;

/// <summary>A streamer rule as posted to <c>/admin/faults</c>.</summary>
internal sealed record AdminStreamFault(StreamFaultKind Kind = StreamFaultKind.DropMidMessage, int Code = 30, double EverySeconds = 60);
