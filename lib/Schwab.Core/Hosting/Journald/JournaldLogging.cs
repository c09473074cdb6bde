using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Schwab.Core.Hosting.Journald;

/// <summary>Chooses where a daemon's log goes: journald's native socket under systemd, stderr with priority prefixes otherwise.</summary>
internal static class JournaldLogging
{
    /// <summary>True when systemd connected our output to the journal (it sets <c>JOURNAL_STREAM</c>) and its socket exists.</summary>
    public static bool UnderJournald(Func<string, string?> environment, string socketPath = JournaldSink.DefaultSocketPath) =>
        !string.IsNullOrEmpty(environment("JOURNAL_STREAM")) && File.Exists(socketPath);

    /// <summary>The sink for this process.</summary>
    public static ILogEventSink CreateSink(string identifier, Func<string, string?> environment, TextWriter error) =>
        UnderJournald(environment)
            ? new JournaldSink(identifier)
            : new StderrPrioritySink(error, withTimestamp: string.IsNullOrEmpty(environment("JOURNAL_STREAM")));

    /// <summary>A Serilog logger writing to <paramref name="sink"/> at <paramref name="minimum"/> and above.</summary>
    public static Logger CreateLogger(ILogEventSink sink, LogEventLevel minimum) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Sink(sink)
            .CreateLogger();
}
