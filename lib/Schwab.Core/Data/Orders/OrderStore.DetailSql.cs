namespace Schwab.Core.Data.Orders;

/// <summary>The leg, activity, fill and spread statements (both dialects side by side).</summary>
internal sealed partial class OrderStore
{
    private const string UpsertLegSqlite = """
        INSERT INTO SCHWAB_ORDER_LEGS (order_id, leg_id, order_leg_type, asset_type, symbol, description, instruction, position_effect,
            quantity, put_call, underlying_symbol)
        VALUES (@OrderId, @LegId, @OrderLegType, @AssetType, @Symbol, @Description, @Instruction, @PositionEffect, @Quantity, @PutCall, @UnderlyingSymbol)
        ON CONFLICT (order_id, leg_id) DO UPDATE SET
            order_leg_type = excluded.order_leg_type, asset_type = excluded.asset_type, symbol = excluded.symbol,
            description = excluded.description, instruction = excluded.instruction, position_effect = excluded.position_effect,
            quantity = excluded.quantity, put_call = excluded.put_call, underlying_symbol = excluded.underlying_symbol
        """;

    private const string UpsertLegSqlServer = """
        UPDATE $(OPT).SCHWAB.ORDER_LEGS WITH (UPDLOCK, SERIALIZABLE)
        SET order_leg_type = @OrderLegType, asset_type = @AssetType, symbol = @Symbol, description = @Description,
            instruction = @Instruction, position_effect = @PositionEffect, quantity = @Quantity, put_call = @PutCall,
            underlying_symbol = @UnderlyingSymbol
        WHERE order_id = @OrderId AND leg_id = @LegId;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.ORDER_LEGS (order_id, leg_id, order_leg_type, asset_type, symbol, description, instruction,
                position_effect, quantity, put_call, underlying_symbol)
            VALUES (@OrderId, @LegId, @OrderLegType, @AssetType, @Symbol, @Description, @Instruction, @PositionEffect, @Quantity,
                @PutCall, @UnderlyingSymbol);
        """;

    private const string UpsertActivitySqlite = """
        INSERT INTO SCHWAB_ORDER_ACTIVITIES (order_id, activity_id, activity_type, execution_type, quantity, order_remaining_quantity)
        VALUES (@OrderId, @ActivityId, @ActivityType, @ExecutionType, @Quantity, @OrderRemainingQuantity)
        ON CONFLICT (order_id, activity_id) DO UPDATE SET
            activity_type = excluded.activity_type, execution_type = excluded.execution_type, quantity = excluded.quantity,
            order_remaining_quantity = excluded.order_remaining_quantity
        """;

    private const string UpsertActivitySqlServer = """
        UPDATE $(OPT).SCHWAB.ORDER_ACTIVITIES WITH (UPDLOCK, SERIALIZABLE)
        SET activity_type = @ActivityType, execution_type = @ExecutionType, quantity = @Quantity, order_remaining_quantity = @OrderRemainingQuantity
        WHERE order_id = @OrderId AND activity_id = @ActivityId;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.ORDER_ACTIVITIES (order_id, activity_id, activity_type, execution_type, quantity, order_remaining_quantity)
            VALUES (@OrderId, @ActivityId, @ActivityType, @ExecutionType, @Quantity, @OrderRemainingQuantity);
        """;

    private const string UpsertExecutionSqlite = """
        INSERT INTO SCHWAB_EXECUTION_LEGS (order_id, activity_id, leg_id, price, quantity, mismarked_quantity, instrument_id, time)
        VALUES (@OrderId, @ActivityId, @LegId, @Price, @Quantity, @MismarkedQuantity, @InstrumentId, @Time)
        ON CONFLICT (order_id, activity_id, leg_id) DO UPDATE SET
            price = excluded.price, quantity = excluded.quantity, mismarked_quantity = excluded.mismarked_quantity,
            instrument_id = excluded.instrument_id, time = excluded.time
        """;

    private const string UpsertExecutionSqlServer = """
        UPDATE $(OPT).SCHWAB.EXECUTION_LEGS WITH (UPDLOCK, SERIALIZABLE)
        SET price = @Price, quantity = @Quantity, mismarked_quantity = @MismarkedQuantity, instrument_id = @InstrumentId, time = @Time
        WHERE order_id = @OrderId AND activity_id = @ActivityId AND leg_id = @LegId;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.EXECUTION_LEGS (order_id, activity_id, leg_id, price, quantity, mismarked_quantity, instrument_id, time)
            VALUES (@OrderId, @ActivityId, @LegId, @Price, @Quantity, @MismarkedQuantity, @InstrumentId, @Time);
        """;

    private const string UpsertSpreadSqlite = """
        INSERT INTO SCHWAB_SPREADS (order_id, account_hash, strategy, quantity, net_price, put_call, position_effect, short_symbol,
            long_symbol, short_strike, long_strike, expiration, filled_at, updated_at)
        VALUES (@OrderId, @AccountHash, @Strategy, @Quantity, @NetPrice, @PutCall, @PositionEffect, @ShortSymbol,
            @LongSymbol, @ShortStrike, @LongStrike, @Expiration, @FilledAt, @UpdatedAt)
        ON CONFLICT (order_id) DO UPDATE SET
            account_hash = excluded.account_hash, strategy = excluded.strategy, quantity = excluded.quantity, net_price = excluded.net_price,
            put_call = excluded.put_call, position_effect = excluded.position_effect, short_symbol = excluded.short_symbol,
            long_symbol = excluded.long_symbol, short_strike = excluded.short_strike, long_strike = excluded.long_strike,
            expiration = excluded.expiration, filled_at = excluded.filled_at, updated_at = excluded.updated_at
        """;

    private const string UpsertSpreadSqlServer = """
        UPDATE $(OPT).SCHWAB.SPREADS WITH (UPDLOCK, SERIALIZABLE)
        SET account_hash = @AccountHash, strategy = @Strategy, quantity = @Quantity, net_price = @NetPrice, put_call = @PutCall,
            position_effect = @PositionEffect, short_symbol = @ShortSymbol, long_symbol = @LongSymbol, short_strike = @ShortStrike,
            long_strike = @LongStrike, expiration = @Expiration, filled_at = @FilledAt, updated_at = @UpdatedAt
        WHERE order_id = @OrderId;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.SPREADS (order_id, account_hash, strategy, quantity, net_price, put_call, position_effect,
                short_symbol, long_symbol, short_strike, long_strike, expiration, filled_at, updated_at)
            VALUES (@OrderId, @AccountHash, @Strategy, @Quantity, @NetPrice, @PutCall, @PositionEffect, @ShortSymbol,
                @LongSymbol, @ShortStrike, @LongStrike, @Expiration, @FilledAt, @UpdatedAt);
        """;
}
