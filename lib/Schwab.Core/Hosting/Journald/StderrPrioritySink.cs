using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Schwab.Core.Hosting.Journald;

/// <summary>
/// The fallback when journald's socket is not there: one line per event on stderr, prefixed with the syslog
/// priority as <c>&lt;N&gt;</c> (which journald and most collectors understand) and, in a terminal, the time.
/// An exception adds its message chain to the same line; its stack trace follows only with <paramref name="stackTraces"/>
/// (<c>--verbose</c>, debug level).
/// </summary>
internal sealed class StderrPrioritySink(TextWriter error, bool withTimestamp, bool stackTraces = false) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        string prefix = string.Create(
            CultureInfo.InvariantCulture,
            $"<{JournaldSink.Priority(logEvent.Level)}>{(withTimestamp ? logEvent.Timestamp.ToString("HH:mm:ss.fff ", CultureInfo.InvariantCulture) : "")}");
        string message = PlainMessage.Render(logEvent);
        if (logEvent.Exception is not null && !stackTraces)
        {
            message += $" [{ExceptionText.Chain(logEvent.Exception)}]";
        }

        lock (_gate)
        {
            error.WriteLine(prefix + message);
            if (logEvent.Exception is not null && stackTraces)
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
