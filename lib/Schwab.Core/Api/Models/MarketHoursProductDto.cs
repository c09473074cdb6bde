namespace Schwab.Core.Api.Models;

/// <summary>One market/product entry of /markets (§2.10); closed days lack productName and sessionHours.</summary>
internal sealed record MarketHoursProductDto
{
    public DateOnly? Date { get; init; }

    public string? MarketType { get; init; }

    public string? Product { get; init; }

    public string? ProductName { get; init; }

    public bool IsOpen { get; init; }

    public string? Category { get; init; }

    public string? Exchange { get; init; }

    public SessionHoursDto? SessionHours { get; init; }
}
