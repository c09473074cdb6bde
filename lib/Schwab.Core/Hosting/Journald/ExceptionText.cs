namespace Schwab.Core.Hosting.Journald;

/// <summary>An exception as an operator reads it in a log line: the messages of it and its causes, on one line, without the stack.</summary>
internal static class ExceptionText
{
    /// <summary><c>HttpRequestException: Connection refused (127.0.0.1:1) ← SocketException: Connection refused</c>.</summary>
    public static string Chain(Exception exception)
    {
        var parts = new List<string>();
        for (Exception? current = exception; current is not null && parts.Count < 8; current = Cause(current))
        {
            string part = $"{current.GetType().Name}: {current.Message.ReplaceLineEndings(" ").Trim()}";
            if (!parts.Contains(part, StringComparer.Ordinal))
            {
                parts.Add(part);
            }
        }

        return string.Join(" ← ", parts);
    }

    private static Exception? Cause(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception.InnerException;
}
