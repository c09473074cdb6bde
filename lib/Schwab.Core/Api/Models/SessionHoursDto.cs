namespace Schwab.Core.Api.Models;

/// <summary>The sessionHours block of an open market day.</summary>
internal sealed record SessionHoursDto
{
    public List<SessionIntervalDto>? PreMarket { get; init; }

    public List<SessionIntervalDto>? RegularMarket { get; init; }

    public List<SessionIntervalDto>? PostMarket { get; init; }
}
