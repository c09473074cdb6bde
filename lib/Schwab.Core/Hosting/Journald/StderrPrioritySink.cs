using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Schwab.Core.Hosting.Journald;

/// <summary>
/// The fallback when journald's socket is not there: one line per event on stderr, prefixed with the syslog
/// priority as <c>&lt;N&gt;</c> (which journald and most collectors understand) and, in a terminal, the time.
/// </summary>
internal sealed class StderrPrioritySink(TextWriter error, bool withTimestamp) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        string prefix = string.Create(
            CultureInfo.InvariantCulture,
            $"<{JournaldSink.Priority(logEvent.Level)}>{(withTimestamp ? logEvent.Timestamp.ToString("HH:mm:ss.fff ", CultureInfo.InvariantCulture) : "")}");
        string message = PlainMessage.Render(logEvent);
        lock (_gate)
        {
            error.WriteLine(prefix + message);
            if (logEvent.Exception is not null)
            {
                foreach (string line in logEvent.Exception.ToString().Split('\n'))
                {
                    error.WriteLine(prefix + "  " + line.TrimEnd('\r'));
                }
            }

            error.Flush();
        }
    }
}
