namespace Schwab.Core.Api.Models;

/// <summary>Where a market-data error points (parameter or header).</summary>
internal sealed record ErrorSourceDto
{
    public string? Parameter { get; init; }

    public string? Header { get; init; }
}
