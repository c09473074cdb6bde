using Microsoft.Extensions.Logging;

namespace Schwab.Cli;

/// <summary>
/// Writes library warnings and errors to the command's error writer, one line each, an exception as its message chain.
/// Polly's retry telemetry ("Execution attempt. Source: …") is not for the operator: the command reports the outcome.
/// </summary>
internal sealed class StderrLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        new StderrLogger(error, quiet: categoryName == "Polly" || categoryName.StartsWith("Polly.", StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private sealed class StderrLogger(TextWriter error, bool quiet) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && !quiet;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                string cause = exception is null ? "" : $" [{Core.Hosting.Journald.ExceptionText.Chain(exception)}]";
                error.WriteLine($"schwabctl: {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}{cause}");
            }
        }
    }
}
