using System.Data.Common;
using Dapper;
using Schwab.Core.Data;

namespace Schwab.Core.Reports;

/// <summary>Reads what <c>schwabctl report</c> needs: rows per dataset in a window, and which minutes hold data.</summary>
internal sealed partial class ReportStore(IDbConnectionFactory connections, SqlServerNames names)
{
    /// <summary>The datasets in report order, with the table each is counted in.</summary>
    public static readonly IReadOnlyList<(string Name, string Table)> Datasets =
    [
        ("quotes", "streaming_data"), ("chains", "SPX_CHAIN"), ("minuteCandles", "HISTORIC_MINUTE"), ("dayCandles", "HISTORIC_DAY"),
        ("orders", "SCHWAB_ORDERS"), ("orderVersions", "SCHWAB_JSON_TRANSACTIONS"), ("transactions", "SCHWAB_TRANSACTIONS"),
        ("balances", "SCHWAB_BALANCES"), ("positions", "SCHWAB_POSITIONS"),
    ];

    private static readonly string[] s_frequencies = ["1min", "5min", "30min"];

    private readonly bool _sqlServer = connections.Provider == DatabaseProvider.SqlServer;

    /// <summary>Rows per dataset with <paramref name="from"/> ≤ time &lt; <paramref name="to"/>, in <see cref="Datasets"/> order.</summary>
    public async Task<IReadOnlyList<DatasetCount>> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        Dictionary<string, long> counts = (await connection.QueryAsync<(string Dataset, long Total)>(
                Command(CountsSqlite, CountsSqlServer, new { From = from, To = to }, cancellationToken)))
            .ToDictionary(c => c.Dataset, c => c.Total, StringComparer.Ordinal);
        return [.. Datasets.Select(d => new DatasetCount(d.Name, d.Table, counts.GetValueOrDefault(d.Name)))];
    }

    /// <summary>Chain snapshots and contracts per frequency (1min, 5min, 30min first, then any other), empty frequencies included.</summary>
    public async Task<IReadOnlyList<ChainSnapshotCount>> ChainCadencesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        Dictionary<string, ChainSnapshotCount> found = (await connection.QueryAsync<(string Frequency, long Snapshots, long Contracts)>(
                Command(ChainsSqlite, ChainsSqlServer, new { From = from, To = to }, cancellationToken)))
            .ToDictionary(c => c.Frequency, c => new ChainSnapshotCount(c.Frequency, c.Snapshots, c.Contracts), StringComparer.Ordinal);
        return
        [
            .. s_frequencies.Select(f => found.GetValueOrDefault(f) ?? new ChainSnapshotCount(f, 0, 0)),
            .. found.Values.Where(c => !s_frequencies.Contains(c.Frequency)).OrderBy(c => c.Frequency, StringComparer.Ordinal),
        ];
    }

    /// <summary>The minutes (UTC, truncated) in which at least one quote was received.</summary>
    public Task<HashSet<DateTimeOffset>> QuoteMinutesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        MinutesAsync(QuoteMinutesSqlite, QuoteMinutesSqlServer, new { From = from, To = to }, cancellationToken);

    /// <summary>The minutes (UTC, truncated) in which a chain snapshot of <paramref name="frequency"/> was collected.</summary>
    public Task<HashSet<DateTimeOffset>> ChainMinutesAsync(string frequency, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        MinutesAsync(ChainMinutesSqlite, ChainMinutesSqlServer, new { Frequency = frequency, From = from, To = to }, cancellationToken);

    /// <summary>The symbols with any minute candle in the window.</summary>
    public async Task<IReadOnlyList<string>> CandleSymbolsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<string> symbols = await connection.QueryAsync<string>(
            Command(CandleSymbolsSqlite, CandleSymbolsSqlServer, new { From = from, To = to }, cancellationToken));
        return [.. symbols.Order(StringComparer.Ordinal)];
    }

    /// <summary>The minute candles' start minutes per symbol in the window.</summary>
    public async Task<ILookup<string, DateTimeOffset>> CandleMinutesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<CandleMinute> rows = await connection.QueryAsync<CandleMinute>(
            Command(CandleMinutesSqlite, CandleMinutesSqlServer, new { From = from, To = to }, cancellationToken));
        return rows.ToLookup(r => r.Symbol, r => r.Minute.ToUniversalTime(), StringComparer.Ordinal);
    }

    private async Task<HashSet<DateTimeOffset>> MinutesAsync(string sqlite, string sqlServer, object args, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        IEnumerable<DateTimeOffset> minutes = await connection.QueryAsync<DateTimeOffset>(Command(sqlite, sqlServer, args, cancellationToken));
        return [.. minutes.Select(m => m.ToUniversalTime())];
    }

    private CommandDefinition Command(string sqlite, string sqlServer, object args, CancellationToken cancellationToken) =>
        new(_sqlServer ? names.Resolve(sqlServer) : sqlite, args, cancellationToken: cancellationToken);

    private sealed class CandleMinute
    {
        public string Symbol { get; set; } = "";

        public DateTimeOffset Minute { get; set; }
    }
}
