namespace Schwab.Simulator.Http;

/// <summary>A response before faults, compression and recording are applied.</summary>
internal sealed record SimResponse(int Status, byte[] Body, string ContentType = "application/json")
{
    public string? Location { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Runs after the response is written successfully (recording what was served).</summary>
    public Action? OnServed { get; init; }

    public static SimResponse Json(byte[] body) => new(200, body);

    public static SimResponse Empty(int status) => new(status, []);
}
