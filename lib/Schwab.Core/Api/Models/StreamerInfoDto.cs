namespace Schwab.Core.Api.Models;

/// <summary>The streamer connection facts of the user preference.</summary>
internal sealed record StreamerInfoDto
{
    public string? StreamerSocketUrl { get; init; }

    public string? SchwabClientCustomerId { get; init; }

    public string? SchwabClientCorrelId { get; init; }

    public string? SchwabClientChannel { get; init; }

    public string? SchwabClientFunctionId { get; init; }
}
