namespace Schwab.Cli.Commands.Demo;

/// <summary>Rows per dataset at one moment, as the demo shows them (SQLite table names).</summary>
internal sealed record DatasetCounts
{
    public long StreamingData { get; init; }

    public long LatestQuotes { get; init; }

    public long ChainContracts { get; init; }

    public long MinuteCandles { get; init; }

    public long DailyCandles { get; init; }

    public long Orders { get; init; }

    public long Transactions { get; init; }

    public long Balances { get; init; }

    public long Positions { get; init; }

    public long MarketHours { get; init; }

    public long Tokens { get; init; }

    /// <summary>The datasets, labelled, in the order the demo prints them.</summary>
    public IReadOnlyList<(string Label, long Rows)> Rows =>
    [
        ("quotes (streaming_data)", StreamingData),
        ("latest quotes", LatestQuotes),
        ("chain contracts (SPX_CHAIN)", ChainContracts),
        ("minute candles", MinuteCandles),
        ("daily candles", DailyCandles),
        ("orders", Orders),
        ("transactions", Transactions),
        ("balances", Balances),
        ("positions", Positions),
        ("market hours", MarketHours),
        ("tokens (SCHWAB_API)", Tokens),
    ];

    /// <summary>The datasets that hold no row yet.</summary>
    public IReadOnlyList<string> Empty => [.. Rows.Where(r => r.Rows == 0).Select(r => r.Label)];
}
