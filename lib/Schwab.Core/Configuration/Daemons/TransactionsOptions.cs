namespace Schwab.Core.Configuration.Daemons;

/// <summary>Settings of <c>schwab-transactions</c>: orders (read only) and account transactions.</summary>
public sealed class TransactionsOptions : IDefaultedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Transactions";

    /// <summary>How often orders are polled during the regular session.</summary>
    /// <value>Default 10 seconds.</value>
    public TimeSpan SessionInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often orders are polled outside the session.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan OffSessionInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How far before the newest change already seen each incremental order query starts.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back the first query reaches when nothing has been stored yet.</summary>
    /// <value>Default 24 hours; at most 60 days (Schwab's limit for all-account order queries).</value>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often account transactions (<c>/transactions</c>) are fetched.</summary>
    /// <value>Default 15 minutes.</value>
    public TimeSpan TransactionsInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The transaction types requested.</summary>
    /// <value>Default TRADE, RECEIVE_AND_DELIVER, DIVIDEND_OR_INTEREST, ACH_RECEIPT, ACH_DISBURSEMENT, CASH_RECEIPT, CASH_DISBURSEMENT, ELECTRONIC_FUND, WIRE_OUT, WIRE_IN, JOURNAL, MEMORANDUM, MARGIN_CALL, MONEY_MARKET, SMA_ADJUSTMENT.</value>
    public IList<string> TransactionTypes { get; set; } = [];

    void IDefaultedOptions.ApplyDefaults()
    {
        if (TransactionTypes.Count == 0)
        {
            TransactionTypes =
            [
                "TRADE", "RECEIVE_AND_DELIVER", "DIVIDEND_OR_INTEREST", "ACH_RECEIPT", "ACH_DISBURSEMENT", "CASH_RECEIPT",
                "CASH_DISBURSEMENT", "ELECTRONIC_FUND", "WIRE_OUT", "WIRE_IN", "JOURNAL", "MEMORANDUM", "MARGIN_CALL",
                "MONEY_MARKET", "SMA_ADJUSTMENT",
            ];
        }
    }
}
