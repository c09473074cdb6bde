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

    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>The sink for this process; <paramref name="stackTraces"/> (debug level) prints exceptions' stacks on stderr.</summary>
    public static ILogEventSink CreateSink(string identifier, Func<string, string?> environment, TextWriter error, bool stackTraces = false) =>
        UnderJournald(environment)
            ? new JournaldSink(identifier)
            : new StderrPrioritySink(error, withTimestamp: string.IsNullOrEmpty(environment("JOURNAL_STREAM")), stackTraces);

    /// <summary>A Serilog logger writing to <paramref name="sink"/> at <paramref name="minimum"/> and above.</summary>
    /// <remarks>
    /// Below debug level two sources are quieted: Polly's per-attempt telemetry ("Execution attempt. Source: …") under
    /// warning, and the host's own "Hosting failed to start", whose exception (an options validation stack) would come
    /// before the one-line causes that <see cref="SchwabDaemonHost"/> logs for it.
    /// </remarks>
    public static Logger CreateLogger(ILogEventSink sink, LogEventLevel minimum)
    {
        LoggerConfiguration configuration = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        if (minimum > LogEventLevel.Debug)
        {
            configuration = configuration
                .MinimumLevel.Override("Polly", LogEventLevel.Warning)
                .Filter.ByExcluding(e => e.Level == LogEventLevel.Error && e.Exception is not null
                    && e.Properties.TryGetValue("SourceContext", out LogEventPropertyValue? source)
                    && source is ScalarValue { Value: HostCategory });
        }

        return configuration.WriteTo.Sink(sink).CreateLogger();
    }
}
