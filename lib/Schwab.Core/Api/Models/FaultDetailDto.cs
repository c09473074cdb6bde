namespace Schwab.Core.Api.Models;

/// <summary>The gateway fault detail.</summary>
internal sealed record FaultDetailDto
{
    public string? Errorcode { get; init; }
}
