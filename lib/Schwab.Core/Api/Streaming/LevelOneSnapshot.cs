using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The merged, immutable state of one level-one key after an update: every field received so far,
/// the latest value of each. Safe to hold while later deltas arrive (they produce new snapshots).
/// </summary>
public sealed class LevelOneSnapshot
{
    private readonly LevelOneValue[] _values;

    internal LevelOneSnapshot(LevelOneFieldMap map, string key, LevelOneValue[] values, LevelOneExtras extras)
    {
        Map = map;
        Key = key;
        _values = values;
        Extras = extras;
    }

    /// <summary>The field map of <see cref="Service"/>.</summary>
    public LevelOneFieldMap Map { get; }

    /// <summary>The service (LEVELONE_EQUITIES or LEVELONE_OPTIONS).</summary>
    public string Service => Map.Service;

    /// <summary>The subscription key (symbol).</summary>
    public string Key { get; }

    /// <summary>Whether the quote is delayed, when Schwab said so.</summary>
    public bool? Delayed => Extras.Delayed;

    /// <summary>Schwab's asset main type (EQUITY, INDEX, OPTION), when sent.</summary>
    public string? AssetMainType => Extras.AssetMainType;

    /// <summary>Schwab's asset sub type (e.g. COE), when sent.</summary>
    public string? AssetSubType => Extras.AssetSubType;

    /// <summary>The CUSIP, when sent.</summary>
    public string? Cusip => Extras.Cusip;

    /// <summary>The value of field <paramref name="field"/>; <see langword="default"/> when never received.</summary>
    public LevelOneValue this[int field] => (uint)field < (uint)_values.Length ? _values[field] : default;

    /// <summary>Bid price.</summary>
    public decimal? Bid => Number(Map.Bid);

    /// <summary>Ask price.</summary>
    public decimal? Ask => Number(Map.Ask);

    /// <summary>Last trade price.</summary>
    public decimal? Last => Number(Map.Last);

    /// <summary>Mark price.</summary>
    public decimal? Mark => Number(Map.Mark);

    /// <summary>Bid size (equities: lots per the guide; options: contracts).</summary>
    public long? BidSize => Integer(Map.BidSize);

    /// <summary>Ask size.</summary>
    public long? AskSize => Integer(Map.AskSize);

    /// <summary>Size of the last trade.</summary>
    public long? LastSize => Integer(Map.LastSize);

    /// <summary>Total volume today.</summary>
    public long? TotalVolume => Integer(Map.TotalVolume);

    /// <summary>Quote time (UTC).</summary>
    public DateTimeOffset? QuoteTime => this[Map.QuoteTime].AsTimestamp();

    /// <summary>Trade time (UTC).</summary>
    public DateTimeOffset? TradeTime => this[Map.TradeTime].AsTimestamp();

    /// <summary>Description.</summary>
    public string? Description => this[Map.Description].AsString();

    /// <summary>Option delta; null for equities or the -999 sentinel.</summary>
    public decimal? Delta => Greek(Map.Delta);

    /// <summary>Option gamma.</summary>
    public decimal? Gamma => Greek(Map.Gamma);

    /// <summary>Option theta.</summary>
    public decimal? Theta => Greek(Map.Theta);

    /// <summary>Option vega.</summary>
    public decimal? Vega => Greek(Map.Vega);

    /// <summary>Option rho.</summary>
    public decimal? Rho => Greek(Map.Rho);

    /// <summary>Option implied volatility.</summary>
    public decimal? Volatility => Greek(Map.Volatility);

    /// <summary>Option open interest.</summary>
    public long? OpenInterest => Integer(Map.OpenInterest);

    /// <summary>Price of the option's underlying.</summary>
    public decimal? UnderlyingPrice => Number(Map.UnderlyingPrice);

    internal LevelOneExtras Extras { get; }

    /// <summary>A new snapshot with <paramref name="changes"/> applied; this one is left untouched.</summary>
    internal LevelOneSnapshot With(ReadOnlySpan<LevelOneFieldChange> changes, LevelOneExtras extras)
    {
        var values = (LevelOneValue[])_values.Clone();
        foreach (LevelOneFieldChange change in changes)
        {
            values[change.Field] = change.Value;
        }

        return new LevelOneSnapshot(Map, Key, values, Extras.MergedWith(extras));
    }

    private decimal? Number(int field) => this[field].AsDecimal();

    private long? Integer(int field) => this[field].AsInt64();

    // Schwab sends -999 for greeks/IV it cannot compute (schwab-api.md §6.2); accessors turn it into null.
    private decimal? Greek(int field) => Number(field) is decimal value ? Sentinels.Greek(value) : null;
}
