namespace Schwab.Core.Api.Json;

/// <summary>Maps Schwab's "cannot compute" sentinel <c>-999.0</c> (greeks, volatility) to <see langword="null"/>.</summary>
internal sealed class SentinelDecimalConverter : SentinelConverter
{
    protected override decimal? Map(decimal value) => Sentinels.Greek(value);
}
