using Microsoft.Data.Sqlite;
using Schwab.Core.Data;
using Schwab.Core.Domain;

namespace Schwab.Core.Tests.Data;

/// <summary>One SPX_CHAIN row read back from a SQLite file: the raw column text and the contract it maps to.</summary>
internal sealed record StoredChainRow(string CollectedAt, string Frequency, IReadOnlyDictionary<string, string?> Text, OptionContract Contract)
{
    public static async Task<IReadOnlyList<StoredChainRow>> ReadAllAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM SPX_CHAIN";
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredChainRow>();
        while (await reader.ReadAsync())
        {
            var text = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int i = 0; i < reader.FieldCount; i++)
            {
                text[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(new StoredChainRow(text["collected_at"]!, text["collection_frequency"]!, text, Map(text)));
        }

        return rows;
    }

    private static OptionContract Map(Dictionary<string, string?> t) => new()
    {
        Underlying = t["underlying"]!,
        Symbol = t["symbol"]!,
        OptionRoot = t["option_root"],
        PutCall = t["put_call"] == "PUT" ? PutCall.Put : PutCall.Call,
        Expiration = SqliteText.ToDate(t["expiration"]!),
        DaysToExpiration = int.Parse(t["dte"]!, System.Globalization.CultureInfo.InvariantCulture),
        Strike = SqliteText.ToDecimal(t["strike"]!),
        Bid = Dec(t["bid"]), Ask = Dec(t["ask"]), Last = Dec(t["last"]), Mark = Dec(t["mark"]),
        BidSize = Long(t["bid_size"]), AskSize = Long(t["ask_size"]), LastSize = Long(t["last_size"]),
        Volume = Long(t["total_volume"]), OpenInterest = Long(t["open_interest"]),
        HighPrice = Dec(t["high_price"]), LowPrice = Dec(t["low_price"]), OpenPrice = Dec(t["open_price"]),
        ClosePrice = Dec(t["close_price"]), NetChange = Dec(t["net_change"]),
        Volatility = Dec(t["volatility"]), Delta = Dec(t["delta"]), Gamma = Dec(t["gamma"]), Theta = Dec(t["theta"]),
        Vega = Dec(t["vega"]), Rho = Dec(t["rho"]), TheoreticalValue = Dec(t["theoretical_value"]),
        TheoreticalVolatility = Dec(t["theoretical_volatility"]), TimeValue = Dec(t["time_value"]),
        IntrinsicValue = Dec(t["intrinsic_value"]), ExtrinsicValue = Dec(t["extrinsic_value"]),
        InTheMoney = t["in_the_money"] is null ? null : t["in_the_money"] == "1",
        Multiplier = Dec(t["multiplier"]),
        QuoteTime = t["quote_time"] is { } q ? SqliteText.ToInstant(q) : null,
        TradeTime = t["trade_time"] is { } tt ? SqliteText.ToInstant(tt) : null,
        LastTradingDay = t["last_trading_day"] is { } d ? SqliteText.ToDate(d) : null,
        UnderlyingPrice = Dec(t["underlying_price"]),
        SettlementType = t["settlement_type"], ExpirationType = t["expiration_type"], ExerciseType = t["exercise_type"],
    };

    private static decimal? Dec(string? text) => text is null ? null : SqliteText.ToDecimal(text);

    private static long? Long(string? text) => text is null ? null : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
