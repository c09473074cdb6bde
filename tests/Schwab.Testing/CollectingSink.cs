using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Schwab.Testing;

/// <summary>A Serilog sink that keeps every event, for asserting what a daemon logged.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToArray();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<string> Messages(LogEventLevel minimum = LogEventLevel.Verbose) =>
        Events.Where(e => e.Level >= minimum).Select(e => e.RenderMessage(CultureInfo.InvariantCulture).Replace("\"", "", StringComparison.Ordinal)).ToList();
}
