namespace Schwab.Core.Configuration;

/// <summary>Every top-level section the pipeline reads, in any executable; any other top-level key in the settings or secrets file is a typo.</summary>
internal static class KnownSections
{
    public static readonly IReadOnlyList<string> All =
    [
        AlertOptions.SectionName, Daemons.BalancesOptions.SectionName, Daemons.ChainsOptions.SectionName, Data.DatabaseOptions.SectionName,
        HealthOptions.SectionName, Daemons.MarketHoursOptions.SectionName, Daemons.OhlcOptions.SectionName, Api.SchwabApiOptions.SectionName,
        Security.TokenKeyOptions.SectionName, Daemons.StreamOptions.SectionName, Api.Streaming.StreamerOptions.SectionName,
        Daemons.TokensOptions.SectionName, Daemons.TransactionsOptions.SectionName,
    ];
}
