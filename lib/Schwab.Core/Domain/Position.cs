namespace Schwab.Core.Domain;

/// <summary>One position of an account.</summary>
public sealed record Position
{
    /// <summary>Gets the instrument symbol (options with padding spaces).</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Gets the asset type (<c>OPTION</c>, <c>EQUITY</c>, ...).</summary>
    public string? AssetType { get; init; }

    /// <summary>Gets the CUSIP.</summary>
    public string? Cusip { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets <c>PUT</c>/<c>CALL</c> for options.</summary>
    public string? PutCall { get; init; }

    /// <summary>Gets the underlying symbol for options.</summary>
    public string? UnderlyingSymbol { get; init; }

    /// <summary>Gets the long quantity.</summary>
    public decimal LongQuantity { get; init; }

    /// <summary>Gets the short quantity (positive).</summary>
    public decimal ShortQuantity { get; init; }

    /// <summary>Gets the average price.</summary>
    public decimal? AveragePrice { get; init; }

    /// <summary>Gets the average long price.</summary>
    public decimal? AverageLongPrice { get; init; }

    /// <summary>Gets the average short price.</summary>
    public decimal? AverageShortPrice { get; init; }

    /// <summary>Gets the market value (negative for shorts).</summary>
    public decimal? MarketValue { get; init; }

    /// <summary>Gets the maintenance requirement.</summary>
    public decimal? MaintenanceRequirement { get; init; }

    /// <summary>Gets the current-day profit or loss.</summary>
    public decimal? CurrentDayProfitLoss { get; init; }

    /// <summary>Gets the current-day profit or loss in percent.</summary>
    public decimal? CurrentDayProfitLossPercentage { get; init; }

    /// <summary>Gets the open profit or loss of the long side.</summary>
    public decimal? LongOpenProfitLoss { get; init; }

    /// <summary>Gets the open profit or loss of the short side.</summary>
    public decimal? ShortOpenProfitLoss { get; init; }
}
