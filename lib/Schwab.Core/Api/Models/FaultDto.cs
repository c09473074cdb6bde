namespace Schwab.Core.Api.Models;

/// <summary>The gateway fault, e.g. Body buffer overflow.</summary>
internal sealed record FaultDto
{
    public string? Faultstring { get; init; }

    public FaultDetailDto? Detail { get; init; }
}
