namespace Schwab.Core.Data.Candles;

/// <summary>The SQL of <see cref="CandleStore"/>, SQLite and SQL Server side by side.</summary>
internal sealed partial class CandleStore
{
    private const string UpsertMinuteSqlite = """
        INSERT INTO HISTORIC_MINUTE (symbol, time, open, high, low, close, volume)
        VALUES (@Symbol, @Time, @Open, @High, @Low, @Close, @Volume)
        ON CONFLICT (symbol, time) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low,
            close = excluded.close, volume = excluded.volume
        WHERE open <> excluded.open OR high <> excluded.high OR low <> excluded.low OR close <> excluded.close OR volume <> excluded.volume
        """;

    private const string UpsertDaySqlite = """
        INSERT INTO HISTORIC_DAY (symbol, time, open, high, low, close, volume)
        VALUES (@Symbol, @Time, @Open, @High, @Low, @Close, @Volume)
        ON CONFLICT (symbol, time) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low,
            close = excluded.close, volume = excluded.volume
        WHERE open <> excluded.open OR high <> excluded.high OR low <> excluded.low OR close <> excluded.close OR volume <> excluded.volume
        """;

    private const string UpsertMinuteSqlServer = """
        UPDATE $(OPT).HISTORIC.MINUTE WITH (UPDLOCK, SERIALIZABLE)
        SET [open] = @Open, high = @High, low = @Low, [close] = @Close, volume = @Volume
        WHERE symbol = @Symbol AND time = @Time
          AND ([open] <> @Open OR high <> @High OR low <> @Low OR [close] <> @Close OR volume <> @Volume);
        DECLARE @updated int = @@ROWCOUNT;
        INSERT INTO $(OPT).HISTORIC.MINUTE (symbol, time, [open], high, low, [close], volume)
        SELECT @Symbol, @Time, @Open, @High, @Low, @Close, @Volume
        WHERE NOT EXISTS (SELECT 1 FROM $(OPT).HISTORIC.MINUTE WITH (UPDLOCK, SERIALIZABLE) WHERE symbol = @Symbol AND time = @Time);
        SELECT @updated + @@ROWCOUNT;
        """;

    private const string UpsertDaySqlServer = """
        UPDATE $(OPT).HISTORIC.DAY WITH (UPDLOCK, SERIALIZABLE)
        SET [open] = @Open, high = @High, low = @Low, [close] = @Close, volume = @Volume
        WHERE symbol = @Symbol AND time = @Time
          AND ([open] <> @Open OR high <> @High OR low <> @Low OR [close] <> @Close OR volume <> @Volume);
        DECLARE @updated int = @@ROWCOUNT;
        INSERT INTO $(OPT).HISTORIC.DAY (symbol, time, [open], high, low, [close], volume)
        SELECT @Symbol, @Time, @Open, @High, @Low, @Close, @Volume
        WHERE NOT EXISTS (SELECT 1 FROM $(OPT).HISTORIC.DAY WITH (UPDLOCK, SERIALIZABLE) WHERE symbol = @Symbol AND time = @Time);
        SELECT @updated + @@ROWCOUNT;
        """;

    private const string RangeMinuteSqlite = """
        SELECT symbol AS Symbol, time AS Time, open AS Open, high AS High, low AS Low, close AS Close, volume AS Volume
        FROM HISTORIC_MINUTE WHERE symbol = @Symbol AND time >= @From AND time < @To ORDER BY time
        """;

    private const string RangeMinuteSqlServer = """
        SELECT symbol AS Symbol, time AS Time, [open] AS [Open], high AS High, low AS Low, [close] AS [Close], volume AS Volume
        FROM $(OPT).HISTORIC.MINUTE WHERE symbol = @Symbol AND time >= @From AND time < @To ORDER BY time
        """;

    private const string RangeDaySqlite = """
        SELECT symbol AS Symbol, time AS Time, open AS Open, high AS High, low AS Low, close AS Close, volume AS Volume
        FROM HISTORIC_DAY WHERE symbol = @Symbol AND time >= @From AND time < @To ORDER BY time
        """;

    private const string RangeDaySqlServer = """
        SELECT symbol AS Symbol, time AS Time, [open] AS [Open], high AS High, low AS Low, [close] AS [Close], volume AS Volume
        FROM $(OPT).HISTORIC.DAY WHERE symbol = @Symbol AND time >= @From AND time < @To ORDER BY time
        """;

    private const string TimesMinuteSqlite = "SELECT time FROM HISTORIC_MINUTE WHERE symbol = @Symbol AND time >= @From AND time < @To";

    private const string TimesMinuteSqlServer = "SELECT time FROM $(OPT).HISTORIC.MINUTE WHERE symbol = @Symbol AND time >= @From AND time < @To";

    private const string TimesDaySqlite = "SELECT time FROM HISTORIC_DAY WHERE symbol = @Symbol AND time >= @From AND time < @To";

    private const string TimesDaySqlServer = "SELECT time FROM $(OPT).HISTORIC.DAY WHERE symbol = @Symbol AND time >= @From AND time < @To";
}
