-- Migration 0001 (SQLite): every table of SPEC §5 in one file.
-- Names: OPT.SCHWAB.API -> SCHWAB_API, OPT.HISTORIC.MINUTE -> HISTORIC_MINUTE, dbo tables keep their bare name
-- (OPT.dbo.streaming_data -> streaming_data, CHAINS.dbo.SPX_CHAIN -> SPX_CHAIN); columns as on SQL Server.
-- Types: decimals TEXT (invariant culture), instants TEXT 'yyyy-MM-ddTHH:mm:ss.fffffffZ' (UTC), dates TEXT
-- 'yyyy-MM-dd', booleans INTEGER 0/1. STRICT tables refuse values of the wrong storage class.
-- The migrator runs this whole script in one transaction.

-- Applied migrations: one row per script, written by the migrator in the script's own transaction.
CREATE TABLE SCHWAB_SCHEMA_VERSION
(
    version    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (version)
) STRICT;

-- OAuth tokens per app. access_token and refresh_token are AES-256-GCM ciphertext (v1:...), never plaintext; version is the optimistic-concurrency counter.
CREATE TABLE SCHWAB_API
(
    api_name           TEXT NOT NULL,
    access_token       TEXT NOT NULL,
    refresh_token      TEXT NOT NULL,
    expires_at         TEXT NOT NULL,
    refresh_issued_at  TEXT NOT NULL,
    refresh_expires_at TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL,
    PRIMARY KEY (api_name)
) STRICT;

-- Account number (encrypted) to account hash, per app.
CREATE TABLE SCHWAB_HASH
(
    account_hash   TEXT NOT NULL,
    api_name       TEXT NOT NULL,
    account_number TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (account_hash)
) STRICT;

-- Market calendar: one row per date, market (equity, option) and product; session bounds in UTC.
CREATE TABLE SCHWAB_MARKET_HOURS
(
    market_date       TEXT NOT NULL,
    market            TEXT NOT NULL,
    product           TEXT NOT NULL,
    product_name      TEXT,
    is_open           INTEGER NOT NULL,
    pre_market_start  TEXT,
    pre_market_end    TEXT,
    regular_start     TEXT,
    regular_end       TEXT,
    post_market_start TEXT,
    post_market_end   TEXT,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (market_date, market, product)
) STRICT;

-- One row per contract per snapshot; collection_frequency is 1min, 5min or 30min; settlement_type A (SPX, AM) or P (SPXW, PM).
CREATE TABLE SPX_CHAIN
(
    collected_at           TEXT NOT NULL,
    collection_frequency   TEXT NOT NULL,
    underlying             TEXT NOT NULL,
    symbol                 TEXT NOT NULL,
    option_root            TEXT,
    put_call               TEXT NOT NULL,
    expiration             TEXT NOT NULL,
    dte                    INTEGER,
    strike                 TEXT NOT NULL,
    bid                    TEXT,
    ask                    TEXT,
    last                   TEXT,
    mark                   TEXT,
    bid_size               INTEGER,
    ask_size               INTEGER,
    last_size              INTEGER,
    total_volume           INTEGER,
    open_interest          INTEGER,
    high_price             TEXT,
    low_price              TEXT,
    open_price             TEXT,
    close_price            TEXT,
    net_change             TEXT,
    volatility             TEXT,
    delta                  TEXT,
    gamma                  TEXT,
    theta                  TEXT,
    vega                   TEXT,
    rho                    TEXT,
    theoretical_value      TEXT,
    theoretical_volatility TEXT,
    time_value             TEXT,
    intrinsic_value        TEXT,
    extrinsic_value        TEXT,
    in_the_money           INTEGER,
    multiplier             TEXT,
    quote_time             TEXT,
    trade_time             TEXT,
    last_trading_day       TEXT,
    underlying_price       TEXT,
    settlement_type        TEXT,
    expiration_type        TEXT,
    exercise_type          TEXT,
    PRIMARY KEY (collected_at, collection_frequency, symbol)
) STRICT;

-- One row per received level-one update: the merged state of the symbol after it; timestamp is when it was received (UTC).
CREATE TABLE streaming_data
(
    timestamp         TEXT NOT NULL,
    sequence          INTEGER NOT NULL,
    service           TEXT NOT NULL,
    symbol            TEXT NOT NULL,
    bid               TEXT,
    ask               TEXT,
    last              TEXT,
    mark              TEXT,
    bid_size          INTEGER,
    ask_size          INTEGER,
    last_size         INTEGER,
    total_volume      INTEGER,
    open_price        TEXT,
    high_price        TEXT,
    low_price         TEXT,
    close_price       TEXT,
    net_change        TEXT,
    quote_time        TEXT,
    trade_time        TEXT,
    volatility        TEXT,
    delta             TEXT,
    gamma             TEXT,
    theta             TEXT,
    vega              TEXT,
    rho               TEXT,
    open_interest     INTEGER,
    underlying_price  TEXT,
    theoretical_value TEXT,
    PRIMARY KEY (timestamp, symbol, sequence)
) STRICT;

-- The newest merged level-one state per symbol.
CREATE TABLE SCHWAB_LATEST_QUOTE
(
    symbol            TEXT NOT NULL,
    timestamp         TEXT NOT NULL,
    sequence          INTEGER NOT NULL,
    service           TEXT NOT NULL,
    bid               TEXT,
    ask               TEXT,
    last              TEXT,
    mark              TEXT,
    bid_size          INTEGER,
    ask_size          INTEGER,
    last_size         INTEGER,
    total_volume      INTEGER,
    open_price        TEXT,
    high_price        TEXT,
    low_price         TEXT,
    close_price       TEXT,
    net_change        TEXT,
    quote_time        TEXT,
    trade_time        TEXT,
    volatility        TEXT,
    delta             TEXT,
    gamma             TEXT,
    theta             TEXT,
    vega              TEXT,
    rho               TEXT,
    open_interest     INTEGER,
    underlying_price  TEXT,
    theoretical_value TEXT,
    PRIMARY KEY (symbol)
) STRICT;

-- One-minute candles; time is the candle start (UTC).
CREATE TABLE HISTORIC_MINUTE
(
    symbol TEXT NOT NULL,
    time   TEXT NOT NULL,
    open   TEXT NOT NULL,
    high   TEXT NOT NULL,
    low    TEXT NOT NULL,
    close  TEXT NOT NULL,
    volume INTEGER NOT NULL,
    PRIMARY KEY (symbol, time)
) STRICT;

-- Daily candles; time is the candle time Schwab reports (UTC).
CREATE TABLE HISTORIC_DAY
(
    symbol TEXT NOT NULL,
    time   TEXT NOT NULL,
    open   TEXT NOT NULL,
    high   TEXT NOT NULL,
    low    TEXT NOT NULL,
    close  TEXT NOT NULL,
    volume INTEGER NOT NULL,
    PRIMARY KEY (symbol, time)
) STRICT;

-- Raw order JSON, one row per distinct version of an order (content_hash = SHA-256 hex of json).
CREATE TABLE SCHWAB_JSON_TRANSACTIONS
(
    created_at   TEXT NOT NULL,
    order_id     INTEGER NOT NULL,
    account_hash TEXT,
    status       TEXT,
    entered_time TEXT,
    content_hash TEXT NOT NULL,
    json         TEXT NOT NULL,
    PRIMARY KEY (order_id, content_hash)
) STRICT;

-- Normalised orders, child orders included (parent_order_id).
CREATE TABLE SCHWAB_ORDERS
(
    order_id                    INTEGER NOT NULL,
    account_hash                TEXT NOT NULL,
    parent_order_id             INTEGER,
    session                     TEXT,
    duration                    TEXT,
    order_type                  TEXT,
    complex_order_strategy_type TEXT,
    order_strategy_type         TEXT,
    quantity                    TEXT,
    filled_quantity             TEXT,
    remaining_quantity          TEXT,
    price                       TEXT,
    stop_price                  TEXT,
    status                      TEXT NOT NULL,
    status_description          TEXT,
    entered_time                TEXT,
    close_time                  TEXT,
    tag                         TEXT,
    cancelable                  INTEGER,
    editable                    INTEGER,
    updated_at                  TEXT NOT NULL,
    PRIMARY KEY (order_id)
) STRICT;

-- Legs of each order.
CREATE TABLE SCHWAB_ORDER_LEGS
(
    order_id          INTEGER NOT NULL,
    leg_id            INTEGER NOT NULL,
    order_leg_type    TEXT,
    asset_type        TEXT,
    symbol            TEXT,
    description       TEXT,
    instruction       TEXT,
    position_effect   TEXT,
    quantity          TEXT,
    put_call          TEXT,
    underlying_symbol TEXT,
    PRIMARY KEY (order_id, leg_id)
) STRICT;

-- Order activities (executions).
CREATE TABLE SCHWAB_ORDER_ACTIVITIES
(
    order_id                 INTEGER NOT NULL,
    activity_id              INTEGER NOT NULL,
    activity_type            TEXT,
    execution_type           TEXT,
    quantity                 TEXT,
    order_remaining_quantity TEXT,
    PRIMARY KEY (order_id, activity_id)
) STRICT;

-- Fills of each activity.
CREATE TABLE SCHWAB_EXECUTION_LEGS
(
    order_id           INTEGER NOT NULL,
    activity_id        INTEGER NOT NULL,
    leg_id             INTEGER NOT NULL,
    price              TEXT,
    quantity           TEXT,
    mismarked_quantity TEXT,
    instrument_id      INTEGER,
    time               TEXT,
    PRIMARY KEY (order_id, activity_id, leg_id)
) STRICT;

-- One summary per filled order.
CREATE TABLE SCHWAB_SPREADS
(
    order_id        INTEGER NOT NULL,
    account_hash    TEXT NOT NULL,
    strategy        TEXT NOT NULL,
    quantity        TEXT NOT NULL,
    net_price       TEXT,
    put_call        TEXT,
    position_effect TEXT,
    short_symbol    TEXT,
    long_symbol     TEXT,
    short_strike    TEXT,
    long_strike     TEXT,
    expiration      TEXT,
    filled_at       TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (order_id)
) STRICT;

-- Account transactions (/transactions) with their raw JSON.
CREATE TABLE SCHWAB_TRANSACTIONS
(
    activity_id  INTEGER NOT NULL,
    account_hash TEXT NOT NULL,
    time         TEXT NOT NULL,
    type         TEXT NOT NULL,
    status       TEXT,
    sub_account  TEXT,
    description  TEXT,
    order_id     INTEGER,
    net_amount   TEXT,
    json         TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (activity_id)
) STRICT;

-- Balance snapshots, keyed by account hash (never the number).
CREATE TABLE SCHWAB_BALANCES
(
    collected_at              TEXT NOT NULL,
    account_hash              TEXT NOT NULL,
    account_type              TEXT,
    cash_balance              TEXT,
    available_funds           TEXT,
    buying_power              TEXT,
    day_trading_buying_power  TEXT,
    option_buying_power       TEXT,
    equity                    TEXT,
    liquidation_value         TEXT,
    long_market_value         TEXT,
    short_market_value        TEXT,
    long_option_market_value  TEXT,
    short_option_market_value TEXT,
    maintenance_requirement   TEXT,
    margin_balance            TEXT,
    json                      TEXT,
    PRIMARY KEY (collected_at, account_hash)
) STRICT;

-- Position snapshots, keyed by account hash (never the number).
CREATE TABLE SCHWAB_POSITIONS
(
    collected_at            TEXT NOT NULL,
    account_hash            TEXT NOT NULL,
    symbol                  TEXT NOT NULL,
    asset_type              TEXT,
    put_call                TEXT,
    underlying_symbol       TEXT,
    long_quantity           TEXT,
    short_quantity          TEXT,
    average_price           TEXT,
    market_value            TEXT,
    current_day_profit_loss TEXT,
    maintenance_requirement TEXT,
    PRIMARY KEY (collected_at, account_hash, symbol)
) STRICT;

-- Per daemon and host: heartbeat, last success and error, status text, counters (JSON).
CREATE TABLE SCHWAB_SERVICE_STATUS
(
    service           TEXT NOT NULL,
    host              TEXT NOT NULL,
    pid               INTEGER NOT NULL,
    started_at        TEXT NOT NULL,
    last_heartbeat_at TEXT NOT NULL,
    last_success_at   TEXT,
    last_error_at     TEXT,
    last_error        TEXT,
    status            TEXT,
    counters          TEXT,
    PRIMARY KEY (service, host)
) STRICT;

-- Alert de-duplication.
CREATE TABLE SCHWAB_ALERTS
(
    alert_key        TEXT NOT NULL,
    subject          TEXT,
    first_seen_at    TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL,
    last_sent_at     TEXT,
    occurrence_count INTEGER NOT NULL,
    resolved_at      TEXT,
    PRIMARY KEY (alert_key)
) STRICT;

CREATE INDEX IX_SCHWAB_JSON_TRANSACTIONS_created_at ON SCHWAB_JSON_TRANSACTIONS (created_at);

CREATE INDEX IX_SCHWAB_ORDERS_entered_time ON SCHWAB_ORDERS (entered_time);

CREATE INDEX IX_SCHWAB_TRANSACTIONS_time ON SCHWAB_TRANSACTIONS (time);
