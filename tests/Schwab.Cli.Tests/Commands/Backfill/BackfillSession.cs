using Microsoft.Data.Sqlite;
using Schwab.Core.Api;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Time;

namespace Schwab.Cli.Tests.Commands.Backfill;

/// <summary>
/// A <see cref="SimulatorSession"/> (both on the wall clock, so schwabctl and the simulator share one clock) with a login
/// stored and <c>MARKET_HOURS</c> filled for the last 7 days, and the backfill range: the 6 exchange dates before today.
/// </summary>
internal sealed class BackfillSession : IAsyncDisposable
{
    private BackfillSession(SimulatorSession session, DateOnly today)
    {
        Session = session;
        From = today.AddDays(-6);
        To = today.AddDays(-1);
    }

    public SimulatorSession Session { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public string FromText => From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<BackfillSession> StartAsync()
    {
        SimulatorSession session = await SimulatorSession.StartAsync();
        DateOnly today = MarketClock.ExchangeDate(TimeProvider.System.GetUtcNow());
        await using CliServices services = CliServices.Create(session.Config, TextWriter.Null);
        var (access, refresh) = session.Simulator.IssueTokens();
        await services.Get<TokenStore>().SaveAsync(TokenSet.FromLogin("MAIN_DATA", access, refresh, TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(30)), 0, CancellationToken.None);
        SchwabClient client = services.Get<SchwabClient>();
        for (DateOnly date = today.AddDays(-7); date <= today; date = date.AddDays(1))
        {
            await services.Get<MarketHoursStore>().UpsertAsync(await client.MarketData.GetMarketHoursAsync(["equity"], date), CancellationToken.None);
        }

        return new BackfillSession(session, today);
    }

    /// <summary>The first date in the range with a full regular session.</summary>
    public DateOnly FirstTradingDay()
    {
        for (DateOnly date = From; date <= To; date = date.AddDays(1))
        {
            if (Session.Simulator.Market.GetTradingDay(date).IsOpen)
            {
                return date;
            }
        }

        throw new InvalidOperationException("no trading day in the range");
    }

    public Task<(int ExitCode, string Output, string Error)> BackfillAsync(params string[] extra) =>
        CliRunner.RunAsync(["backfill", "ohlc", "--config", Session.Config, "--symbol", "$SPX", "--from", FromText, "--to", ToText, .. extra]);

    /// <summary>Every candle row of both tables, as text, in key order.</summary>
    public async Task<List<string>> RowsAsync()
    {
        var rows = new List<string>();
        foreach (string table in new[] { "HISTORIC_MINUTE", "HISTORIC_DAY" })
        {
            await using SqliteConnection connection = Open();
            await connection.OpenAsync();
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT symbol, time, open, high, low, close, volume FROM {table} ORDER BY symbol, time";
            await using SqliteDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}|{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}|{reader.GetString(4)}|{reader.GetString(5)}|{reader.GetInt64(6)}");
            }
        }

        return rows;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using SqliteConnection connection = Open();
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public static string Stamp(DateOnly date, int hour, int minute) =>
        MarketClock.AtExchangeTime(date, new TimeOnly(hour, minute)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);

    private SqliteConnection Open() => new($"Data Source={Session.Dir.File("pipeline.db")};Pooling=False");

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
