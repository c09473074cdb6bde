namespace Schwab.Core.Api.Streaming;

/// <summary>The outcome of a subscription command.</summary>
/// <param name="Deferred">
/// True when no logged-in connection took the command (not streaming yet, reconnecting, or the connection
/// was lost before the ack): the desired subscription state holds it and it is replayed after the next LOGIN.
/// </param>
/// <param name="Code">Schwab's response code (0, 26–29 or 19) when not deferred.</param>
/// <param name="Message">Schwab's response text when not deferred.</param>
/// <param name="SymbolLimit">Set when Schwab trimmed the keys (code 19).</param>
public sealed record StreamerAck(bool Deferred, int? Code, string? Message, StreamerSymbolLimit? SymbolLimit)
{
    /// <summary>The command was recorded and will be sent after the next LOGIN.</summary>
    public static StreamerAck Pending { get; } = new(true, null, null, null);
}
