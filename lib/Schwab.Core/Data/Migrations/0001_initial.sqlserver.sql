-- Migration 0001 (SQL Server): every table of SPEC §5.
-- $(OPT) and $(CHAINS) are replaced by the migrator with the bracket-quoted configured database names
-- (sqlcmd -v OPT=[OPT] CHAINS=[CHAINS] works too). Instants are datetime2(7) in UTC.
-- Batches are separated by GO lines; a batch marked 'migrate: outside-transaction' runs before the
-- script's transaction (CREATE DATABASE cannot run inside one) and must be idempotent.

-- migrate: outside-transaction
IF DB_ID(PARSENAME(N'$(OPT)', 1)) IS NULL
    CREATE DATABASE $(OPT);
GO
-- migrate: outside-transaction
IF DB_ID(PARSENAME(N'$(CHAINS)', 1)) IS NULL
    CREATE DATABASE $(CHAINS);
GO
IF NOT EXISTS (SELECT 1 FROM $(OPT).sys.schemas WHERE name = N'SCHWAB')
    EXEC $(OPT).sys.sp_executesql N'CREATE SCHEMA SCHWAB';
IF NOT EXISTS (SELECT 1 FROM $(OPT).sys.schemas WHERE name = N'HISTORIC')
    EXEC $(OPT).sys.sp_executesql N'CREATE SCHEMA HISTORIC';
GO

-- Applied migrations: one row per script, written by the migrator in the script's own transaction.
CREATE TABLE $(OPT).SCHWAB.SCHEMA_VERSION
(
    version    int NOT NULL,
    name       nvarchar(200) NOT NULL,
    applied_at datetime2(7) NOT NULL,
    CONSTRAINT PK_SCHWAB_SCHEMA_VERSION PRIMARY KEY (version)
);

-- OAuth tokens per app. access_token and refresh_token are AES-256-GCM ciphertext (v1:...), never plaintext; version is the optimistic-concurrency counter.
CREATE TABLE $(OPT).SCHWAB.API
(
    api_name           nvarchar(64) NOT NULL,
    access_token       nvarchar(max) NOT NULL,
    refresh_token      nvarchar(max) NOT NULL,
    expires_at         datetime2(7) NOT NULL,
    refresh_issued_at  datetime2(7) NOT NULL,
    refresh_expires_at datetime2(7) NOT NULL,
    updated_at         datetime2(7) NOT NULL,
    version            int NOT NULL,
    CONSTRAINT PK_SCHWAB_API PRIMARY KEY (api_name)
);

-- Account number (encrypted) to account hash, per app.
CREATE TABLE $(OPT).SCHWAB.HASH
(
    account_hash   nvarchar(128) NOT NULL,
    api_name       nvarchar(64) NOT NULL,
    account_number nvarchar(max) NOT NULL,
    updated_at     datetime2(7) NOT NULL,
    CONSTRAINT PK_SCHWAB_HASH PRIMARY KEY (account_hash)
);

-- Market calendar: one row per date, market (equity, option) and product; session bounds in UTC.
CREATE TABLE $(OPT).SCHWAB.MARKET_HOURS
(
    market_date       date NOT NULL,
    market            nvarchar(16) NOT NULL,
    product           nvarchar(16) NOT NULL,
    product_name      nvarchar(100) NULL,
    is_open           bit NOT NULL,
    pre_market_start  datetime2(7) NULL,
    pre_market_end    datetime2(7) NULL,
    regular_start     datetime2(7) NULL,
    regular_end       datetime2(7) NULL,
    post_market_start datetime2(7) NULL,
    post_market_end   datetime2(7) NULL,
    updated_at        datetime2(7) NOT NULL,
    CONSTRAINT PK_SCHWAB_MARKET_HOURS PRIMARY KEY (market_date, market, product)
);

-- One row per contract per snapshot; collection_frequency is 1min, 5min or 30min; settlement_type A (SPX, AM) or P (SPXW, PM).
CREATE TABLE $(CHAINS).dbo.SPX_CHAIN
(
    collected_at           datetime2(7) NOT NULL,
    collection_frequency   nvarchar(8) NOT NULL,
    underlying             nvarchar(16) NOT NULL,
    symbol                 nvarchar(32) NOT NULL,
    option_root            nvarchar(16) NULL,
    put_call               nvarchar(4) NOT NULL,
    expiration             date NOT NULL,
    dte                    int NULL,
    strike                 decimal(19,4) NOT NULL,
    bid                    decimal(19,4) NULL,
    ask                    decimal(19,4) NULL,
    last                   decimal(19,4) NULL,
    mark                   decimal(19,4) NULL,
    bid_size               bigint NULL,
    ask_size               bigint NULL,
    last_size              bigint NULL,
    total_volume           bigint NULL,
    open_interest          bigint NULL,
    high_price             decimal(19,4) NULL,
    low_price              decimal(19,4) NULL,
    open_price             decimal(19,4) NULL,
    close_price            decimal(19,4) NULL,
    net_change             decimal(19,4) NULL,
    volatility             decimal(19,8) NULL,
    delta                  decimal(19,8) NULL,
    gamma                  decimal(19,8) NULL,
    theta                  decimal(19,8) NULL,
    vega                   decimal(19,8) NULL,
    rho                    decimal(19,8) NULL,
    theoretical_value      decimal(19,6) NULL,
    theoretical_volatility decimal(19,8) NULL,
    time_value             decimal(19,4) NULL,
    intrinsic_value        decimal(19,4) NULL,
    extrinsic_value        decimal(19,4) NULL,
    in_the_money           bit NULL,
    multiplier             decimal(19,4) NULL,
    quote_time             datetime2(7) NULL,
    trade_time             datetime2(7) NULL,
    last_trading_day       date NULL,
    underlying_price       decimal(19,4) NULL,
    settlement_type        nvarchar(4) NULL,
    expiration_type        nvarchar(4) NULL,
    exercise_type          nvarchar(4) NULL,
    CONSTRAINT PK_dbo_SPX_CHAIN PRIMARY KEY (collected_at, collection_frequency, symbol)
);

-- One row per received level-one update: the merged state of the symbol after it; timestamp is when it was received (UTC).
CREATE TABLE $(OPT).dbo.streaming_data
(
    [timestamp]       datetime2(7) NOT NULL,
    sequence          bigint NOT NULL,
    service           nvarchar(32) NOT NULL,
    symbol            nvarchar(32) NOT NULL,
    bid               decimal(19,4) NULL,
    ask               decimal(19,4) NULL,
    last              decimal(19,4) NULL,
    mark              decimal(19,4) NULL,
    bid_size          bigint NULL,
    ask_size          bigint NULL,
    last_size         bigint NULL,
    total_volume      bigint NULL,
    open_price        decimal(19,4) NULL,
    high_price        decimal(19,4) NULL,
    low_price         decimal(19,4) NULL,
    close_price       decimal(19,4) NULL,
    net_change        decimal(19,4) NULL,
    quote_time        datetime2(7) NULL,
    trade_time        datetime2(7) NULL,
    volatility        decimal(19,8) NULL,
    delta             decimal(19,8) NULL,
    gamma             decimal(19,8) NULL,
    theta             decimal(19,8) NULL,
    vega              decimal(19,8) NULL,
    rho               decimal(19,8) NULL,
    open_interest     bigint NULL,
    underlying_price  decimal(19,4) NULL,
    theoretical_value decimal(19,6) NULL,
    CONSTRAINT PK_dbo_streaming_data PRIMARY KEY ([timestamp], symbol, sequence)
);

-- The newest merged level-one state per symbol.
CREATE TABLE $(OPT).SCHWAB.LATEST_QUOTE
(
    symbol            nvarchar(32) NOT NULL,
    [timestamp]       datetime2(7) NOT NULL,
    sequence          bigint NOT NULL,
    service           nvarchar(32) NOT NULL,
    bid               decimal(19,4) NULL,
    ask               decimal(19,4) NULL,
    last              decimal(19,4) NULL,
    mark              decimal(19,4) NULL,
    bid_size          bigint NULL,
    ask_size          bigint NULL,
    last_size         bigint NULL,
    total_volume      bigint NULL,
    open_price        decimal(19,4) NULL,
    high_price        decimal(19,4) NULL,
    low_price         decimal(19,4) NULL,
    close_price       decimal(19,4) NULL,
    net_change        decimal(19,4) NULL,
    quote_time        datetime2(7) NULL,
    trade_time        datetime2(7) NULL,
    volatility        decimal(19,8) NULL,
    delta             decimal(19,8) NULL,
    gamma             decimal(19,8) NULL,
    theta             decimal(19,8) NULL,
    vega              decimal(19,8) NULL,
    rho               decimal(19,8) NULL,
    open_interest     bigint NULL,
    underlying_price  decimal(19,4) NULL,
    theoretical_value decimal(19,6) NULL,
    CONSTRAINT PK_SCHWAB_LATEST_QUOTE PRIMARY KEY (symbol)
);

-- One-minute candles; time is the candle start (UTC).
CREATE TABLE $(OPT).HISTORIC.MINUTE
(
    symbol  nvarchar(32) NOT NULL,
    time    datetime2(7) NOT NULL,
    [open]  decimal(19,4) NOT NULL,
    high    decimal(19,4) NOT NULL,
    low     decimal(19,4) NOT NULL,
    [close] decimal(19,4) NOT NULL,
    volume  bigint NOT NULL,
    CONSTRAINT PK_HISTORIC_MINUTE PRIMARY KEY (symbol, time)
);

-- Daily candles; time is the candle time Schwab reports (UTC).
CREATE TABLE $(OPT).HISTORIC.DAY
(
    symbol  nvarchar(32) NOT NULL,
    time    datetime2(7) NOT NULL,
    [open]  decimal(19,4) NOT NULL,
    high    decimal(19,4) NOT NULL,
    low     decimal(19,4) NOT NULL,
    [close] decimal(19,4) NOT NULL,
    volume  bigint NOT NULL,
    CONSTRAINT PK_HISTORIC_DAY PRIMARY KEY (symbol, time)
);

-- Raw order JSON, one row per distinct version of an order (content_hash = SHA-256 hex of json).
CREATE TABLE $(OPT).SCHWAB.JSON_TRANSACTIONS
(
    created_at   datetime2(7) NOT NULL,
    order_id     bigint NOT NULL,
    account_hash nvarchar(128) NULL,
    status       nvarchar(32) NULL,
    entered_time datetime2(7) NULL,
    content_hash varchar(64) NOT NULL,
    json         nvarchar(max) NOT NULL,
    CONSTRAINT PK_SCHWAB_JSON_TRANSACTIONS PRIMARY KEY (order_id, content_hash)
);

-- Normalised orders, child orders included (parent_order_id).
CREATE TABLE $(OPT).SCHWAB.ORDERS
(
    order_id                    bigint NOT NULL,
    account_hash                nvarchar(128) NOT NULL,
    parent_order_id             bigint NULL,
    session                     nvarchar(16) NULL,
    duration                    nvarchar(32) NULL,
    order_type                  nvarchar(32) NULL,
    complex_order_strategy_type nvarchar(32) NULL,
    order_strategy_type         nvarchar(32) NULL,
    quantity                    decimal(19,4) NULL,
    filled_quantity             decimal(19,4) NULL,
    remaining_quantity          decimal(19,4) NULL,
    price                       decimal(19,4) NULL,
    stop_price                  decimal(19,4) NULL,
    status                      nvarchar(32) NOT NULL,
    status_description          nvarchar(max) NULL,
    entered_time                datetime2(7) NULL,
    close_time                  datetime2(7) NULL,
    tag                         nvarchar(128) NULL,
    cancelable                  bit NULL,
    editable                    bit NULL,
    updated_at                  datetime2(7) NOT NULL,
    CONSTRAINT PK_SCHWAB_ORDERS PRIMARY KEY (order_id)
);

-- Legs of each order.
CREATE TABLE $(OPT).SCHWAB.ORDER_LEGS
(
    order_id          bigint NOT NULL,
    leg_id            int NOT NULL,
    order_leg_type    nvarchar(32) NULL,
    asset_type        nvarchar(32) NULL,
    symbol            nvarchar(32) NULL,
    description       nvarchar(200) NULL,
    instruction       nvarchar(32) NULL,
    position_effect   nvarchar(16) NULL,
    quantity          decimal(19,4) NULL,
    put_call          nvarchar(4) NULL,
    underlying_symbol nvarchar(32) NULL,
    CONSTRAINT PK_SCHWAB_ORDER_LEGS PRIMARY KEY (order_id, leg_id)
);

-- Order activities (executions).
CREATE TABLE $(OPT).SCHWAB.ORDER_ACTIVITIES
(
    order_id                 bigint NOT NULL,
    activity_id              bigint NOT NULL,
    activity_type            nvarchar(32) NULL,
    execution_type           nvarchar(32) NULL,
    quantity                 decimal(19,4) NULL,
    order_remaining_quantity decimal(19,4) NULL,
    CONSTRAINT PK_SCHWAB_ORDER_ACTIVITIES PRIMARY KEY (order_id, activity_id)
);

-- Fills of each activity.
CREATE TABLE $(OPT).SCHWAB.EXECUTION_LEGS
(
    order_id           bigint NOT NULL,
    activity_id        bigint NOT NULL,
    leg_id             int NOT NULL,
    price              decimal(19,4) NULL,
    quantity           decimal(19,4) NULL,
    mismarked_quantity decimal(19,4) NULL,
    instrument_id      bigint NULL,
    time               datetime2(7) NULL,
    CONSTRAINT PK_SCHWAB_EXECUTION_LEGS PRIMARY KEY (order_id, activity_id, leg_id)
);

-- One summary per filled order.
CREATE TABLE $(OPT).SCHWAB.SPREADS
(
    order_id        bigint NOT NULL,
    account_hash    nvarchar(128) NOT NULL,
    strategy        nvarchar(32) NOT NULL,
    quantity        decimal(19,4) NOT NULL,
    net_price       decimal(19,4) NULL,
    put_call        nvarchar(4) NULL,
    position_effect nvarchar(16) NULL,
    short_symbol    nvarchar(32) NULL,
    long_symbol     nvarchar(32) NULL,
    short_strike    decimal(19,4) NULL,
    long_strike     decimal(19,4) NULL,
    expiration      date NULL,
    filled_at       datetime2(7) NULL,
    updated_at      datetime2(7) NOT NULL,
    CONSTRAINT PK_SCHWAB_SPREADS PRIMARY KEY (order_id)
);

-- Account transactions (/transactions) with their raw JSON.
CREATE TABLE $(OPT).SCHWAB.TRANSACTIONS
(
    activity_id  bigint NOT NULL,
    account_hash nvarchar(128) NOT NULL,
    time         datetime2(7) NOT NULL,
    type         nvarchar(32) NOT NULL,
    status       nvarchar(32) NULL,
    sub_account  nvarchar(32) NULL,
    description  nvarchar(400) NULL,
    order_id     bigint NULL,
    net_amount   decimal(19,4) NULL,
    json         nvarchar(max) NOT NULL,
    updated_at   datetime2(7) NOT NULL,
    CONSTRAINT PK_SCHWAB_TRANSACTIONS PRIMARY KEY (activity_id)
);

-- Balance snapshots, keyed by account hash (never the number).
CREATE TABLE $(OPT).SCHWAB.BALANCES
(
    collected_at              datetime2(7) NOT NULL,
    account_hash              nvarchar(128) NOT NULL,
    account_type              nvarchar(16) NULL,
    cash_balance              decimal(19,4) NULL,
    available_funds           decimal(19,4) NULL,
    buying_power              decimal(19,4) NULL,
    day_trading_buying_power  decimal(19,4) NULL,
    option_buying_power       decimal(19,4) NULL,
    equity                    decimal(19,4) NULL,
    liquidation_value         decimal(19,4) NULL,
    long_market_value         decimal(19,4) NULL,
    short_market_value        decimal(19,4) NULL,
    long_option_market_value  decimal(19,4) NULL,
    short_option_market_value decimal(19,4) NULL,
    maintenance_requirement   decimal(19,4) NULL,
    margin_balance            decimal(19,4) NULL,
    json                      nvarchar(max) NULL,
    CONSTRAINT PK_SCHWAB_BALANCES PRIMARY KEY (collected_at, account_hash)
);

-- Position snapshots, keyed by account hash (never the number).
CREATE TABLE $(OPT).SCHWAB.POSITIONS
(
    collected_at            datetime2(7) NOT NULL,
    account_hash            nvarchar(128) NOT NULL,
    symbol                  nvarchar(32) NOT NULL,
    asset_type              nvarchar(32) NULL,
    put_call                nvarchar(4) NULL,
    underlying_symbol       nvarchar(32) NULL,
    long_quantity           decimal(19,4) NULL,
    short_quantity          decimal(19,4) NULL,
    average_price           decimal(19,6) NULL,
    market_value            decimal(19,4) NULL,
    current_day_profit_loss decimal(19,4) NULL,
    maintenance_requirement decimal(19,4) NULL,
    CONSTRAINT PK_SCHWAB_POSITIONS PRIMARY KEY (collected_at, account_hash, symbol)
);

-- Per daemon and host: heartbeat, last success and error, status text, counters (JSON).
CREATE TABLE $(OPT).SCHWAB.SERVICE_STATUS
(
    service           nvarchar(64) NOT NULL,
    host              nvarchar(255) NOT NULL,
    pid               int NOT NULL,
    started_at        datetime2(7) NOT NULL,
    last_heartbeat_at datetime2(7) NOT NULL,
    last_success_at   datetime2(7) NULL,
    last_error_at     datetime2(7) NULL,
    last_error        nvarchar(max) NULL,
    status            nvarchar(400) NULL,
    counters          nvarchar(max) NULL,
    CONSTRAINT PK_SCHWAB_SERVICE_STATUS PRIMARY KEY (service, host)
);

-- Alert de-duplication.
CREATE TABLE $(OPT).SCHWAB.ALERTS
(
    alert_key        nvarchar(200) NOT NULL,
    subject          nvarchar(400) NULL,
    first_seen_at    datetime2(7) NOT NULL,
    last_seen_at     datetime2(7) NOT NULL,
    last_sent_at     datetime2(7) NULL,
    occurrence_count int NOT NULL,
    resolved_at      datetime2(7) NULL,
    CONSTRAINT PK_SCHWAB_ALERTS PRIMARY KEY (alert_key)
);

CREATE INDEX IX_SCHWAB_JSON_TRANSACTIONS_created_at ON $(OPT).SCHWAB.JSON_TRANSACTIONS (created_at);

CREATE INDEX IX_SCHWAB_ORDERS_entered_time ON $(OPT).SCHWAB.ORDERS (entered_time);

CREATE INDEX IX_SCHWAB_TRANSACTIONS_time ON $(OPT).SCHWAB.TRANSACTIONS (time);
GO
