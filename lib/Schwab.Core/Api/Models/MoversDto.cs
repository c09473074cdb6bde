namespace Schwab.Core.Api.Models;

/// <summary>GET /marketdata/v1/movers/{index}, real shape (§2.11).</summary>
internal sealed record MoversDto
{
    public List<MoverDto>? Screeners { get; init; }
}
