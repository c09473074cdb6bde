namespace Schwab.Core.Data.Orders;

/// <summary>The order audit, order and cursor statements (both dialects side by side).</summary>
internal sealed partial class OrderStore
{
    private const string InsertJsonSqlite = """
        INSERT INTO SCHWAB_JSON_TRANSACTIONS (created_at, order_id, account_hash, status, entered_time, content_hash, json)
        VALUES (@CreatedAt, @OrderId, @AccountHash, @Status, @EnteredTime, @ContentHash, @Json)
        ON CONFLICT (order_id, content_hash) DO NOTHING
        """;

    private const string InsertJsonSqlServer = """
        IF NOT EXISTS (SELECT 1 FROM $(OPT).SCHWAB.JSON_TRANSACTIONS WITH (UPDLOCK, HOLDLOCK)
                       WHERE order_id = @OrderId AND content_hash = @ContentHash)
            INSERT INTO $(OPT).SCHWAB.JSON_TRANSACTIONS (created_at, order_id, account_hash, status, entered_time, content_hash, json)
            VALUES (@CreatedAt, @OrderId, @AccountHash, @Status, @EnteredTime, @ContentHash, @Json);
        """;

    private const string UpsertOrderSqlite = """
        INSERT INTO SCHWAB_ORDERS (order_id, account_hash, parent_order_id, session, duration, order_type, complex_order_strategy_type,
            order_strategy_type, quantity, filled_quantity, remaining_quantity, price, stop_price, status, status_description,
            entered_time, close_time, tag, cancelable, editable, updated_at)
        VALUES (@OrderId, @AccountHash, @ParentOrderId, @Session, @Duration, @OrderType, @ComplexOrderStrategyType,
            @OrderStrategyType, @Quantity, @FilledQuantity, @RemainingQuantity, @Price, @StopPrice, @Status, @StatusDescription,
            @EnteredTime, @CloseTime, @Tag, @Cancelable, @Editable, @UpdatedAt)
        ON CONFLICT (order_id) DO UPDATE SET
            account_hash = excluded.account_hash, parent_order_id = excluded.parent_order_id, session = excluded.session,
            duration = excluded.duration, order_type = excluded.order_type, complex_order_strategy_type = excluded.complex_order_strategy_type,
            order_strategy_type = excluded.order_strategy_type, quantity = excluded.quantity, filled_quantity = excluded.filled_quantity,
            remaining_quantity = excluded.remaining_quantity, price = excluded.price, stop_price = excluded.stop_price,
            status = excluded.status, status_description = excluded.status_description, entered_time = excluded.entered_time,
            close_time = excluded.close_time, tag = excluded.tag, cancelable = excluded.cancelable, editable = excluded.editable,
            updated_at = excluded.updated_at
        """;

    private const string UpsertOrderSqlServer = """
        UPDATE $(OPT).SCHWAB.ORDERS WITH (UPDLOCK, SERIALIZABLE)
        SET account_hash = @AccountHash, parent_order_id = @ParentOrderId, session = @Session, duration = @Duration,
            order_type = @OrderType, complex_order_strategy_type = @ComplexOrderStrategyType, order_strategy_type = @OrderStrategyType,
            quantity = @Quantity, filled_quantity = @FilledQuantity, remaining_quantity = @RemainingQuantity, price = @Price,
            stop_price = @StopPrice, status = @Status, status_description = @StatusDescription, entered_time = @EnteredTime,
            close_time = @CloseTime, tag = @Tag, cancelable = @Cancelable, editable = @Editable, updated_at = @UpdatedAt
        WHERE order_id = @OrderId;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.ORDERS (order_id, account_hash, parent_order_id, session, duration, order_type,
                complex_order_strategy_type, order_strategy_type, quantity, filled_quantity, remaining_quantity, price, stop_price,
                status, status_description, entered_time, close_time, tag, cancelable, editable, updated_at)
            VALUES (@OrderId, @AccountHash, @ParentOrderId, @Session, @Duration, @OrderType, @ComplexOrderStrategyType,
                @OrderStrategyType, @Quantity, @FilledQuantity, @RemainingQuantity, @Price, @StopPrice, @Status, @StatusDescription,
                @EnteredTime, @CloseTime, @Tag, @Cancelable, @Editable, @UpdatedAt);
        """;

    // Instants are fixed-width ISO-8601 UTC text in SQLite (SqliteText.InstantFormat), so MIN/MAX order them by time.
    private const string CursorSqlite = """
        SELECT MAX(entered_time) AS NewestEntered,
               MIN(CASE WHEN status NOT IN ('FILLED', 'CANCELED', 'EXPIRED', 'REJECTED', 'REPLACED') THEN entered_time END) AS OldestOpenEntered
        FROM SCHWAB_ORDERS WHERE account_hash = @AccountHash AND parent_order_id IS NULL
        """;

    private const string CursorSqlServer = """
        SELECT MAX(entered_time) AS NewestEntered,
               MIN(CASE WHEN status NOT IN ('FILLED', 'CANCELED', 'EXPIRED', 'REJECTED', 'REPLACED') THEN entered_time END) AS OldestOpenEntered
        FROM $(OPT).SCHWAB.ORDERS WHERE account_hash = @AccountHash AND parent_order_id IS NULL
        """;
}
