namespace Schwab.Core.Api.Json;

/// <summary>Maps the theoretical-value sentinels <c>-1.0</c> and <c>-999.0</c> to <see langword="null"/>.</summary>
internal sealed class TheoreticalValueConverter : SentinelConverter
{
    protected override decimal? Map(decimal value) => Sentinels.TheoreticalValue(value);
}
