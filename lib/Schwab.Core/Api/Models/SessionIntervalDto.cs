namespace Schwab.Core.Api.Models;

/// <summary>One session interval; times carry the exchange offset (-04:00).</summary>
internal sealed record SessionIntervalDto
{
    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }
}
