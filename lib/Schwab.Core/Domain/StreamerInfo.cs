namespace Schwab.Core.Domain;

/// <summary>The streamer connection facts from the user preference (one element even with several accounts).</summary>
public sealed record StreamerInfo
{
    /// <summary>Gets the WebSocket URL, e.g. <c>wss://streamer-api.schwab.com/ws</c>.</summary>
    public string SocketUrl { get; init; } = "";

    /// <summary>Gets the schwabClientCustomerId (LOGIN parameter).</summary>
    public string CustomerId { get; init; } = "";

    /// <summary>Gets the schwabClientCorrelId (LOGIN parameter).</summary>
    public string CorrelId { get; init; } = "";

    /// <summary>Gets the schwabClientChannel (LOGIN parameter).</summary>
    public string Channel { get; init; } = "";

    /// <summary>Gets the schwabClientFunctionId (LOGIN parameter).</summary>
    public string FunctionId { get; init; } = "";
}
