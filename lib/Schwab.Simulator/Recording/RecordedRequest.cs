namespace Schwab.Simulator.Recording;

/// <summary>One REST request the simulator served.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path, e.g. <c>/marketdata/v1/chains</c>.</param>
/// <param name="Query">Raw query string including <c>?</c>, or empty.</param>
/// <param name="Status">HTTP status sent.</param>
/// <param name="Time">Simulator time when it was answered.</param>
/// <param name="Fault">The fault injected into it, or null.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, int Status, DateTimeOffset Time, string? Fault);
