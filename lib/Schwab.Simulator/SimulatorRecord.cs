using Schwab.Simulator.Recording;

namespace Schwab.Simulator;

/// <summary>What the simulator served, for tests to compare with what was stored. Thread-safe; reads return copies.</summary>
public sealed class SimulatorRecord
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedTokenGrant> _grants = [];
    private readonly List<RecordedChain> _chains = [];
    private readonly List<RecordedPriceHistory> _histories = [];
    private readonly List<RecordedOrder> _orders = [];
    private readonly List<RecordedTransaction> _transactions = [];
    private readonly List<RecordedStreamCommand> _commands = [];
    private readonly List<RecordedStreamUpdate> _updates = [];

    /// <summary>Every REST request served, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Copy(_requests);

    /// <summary>Every token-endpoint call.</summary>
    public IReadOnlyList<RecordedTokenGrant> TokenGrants => Copy(_grants);

    /// <summary>Every <c>/chains</c> response with its contracts.</summary>
    public IReadOnlyList<RecordedChain> Chains => Copy(_chains);

    /// <summary>Every <c>/pricehistory</c> response with its candles.</summary>
    public IReadOnlyList<RecordedPriceHistory> PriceHistories => Copy(_histories);

    /// <summary>Every order object served, in serving order.</summary>
    public IReadOnlyList<RecordedOrder> Orders => Copy(_orders);

    /// <summary>Every transaction object served.</summary>
    public IReadOnlyList<RecordedTransaction> Transactions => Copy(_transactions);

    /// <summary>Every streamer request received.</summary>
    public IReadOnlyList<RecordedStreamCommand> StreamCommands => Copy(_commands);

    /// <summary>Every level-one item sent, in send order (empty when <see cref="SimulatorOptions.RecordStreamUpdates"/> is off).</summary>
    public IReadOnlyList<RecordedStreamUpdate> StreamUpdates => Copy(_updates);

    /// <summary>Forgets everything recorded so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _grants.Clear();
            _chains.Clear();
            _histories.Clear();
            _orders.Clear();
            _transactions.Clear();
            _commands.Clear();
            _updates.Clear();
        }
    }

    internal void Add(RecordedRequest item) => Append(_requests, item);

    internal void Add(RecordedTokenGrant item) => Append(_grants, item);

    internal void Add(RecordedChain item) => Append(_chains, item);

    internal void Add(RecordedPriceHistory item) => Append(_histories, item);

    internal void Add(RecordedOrder item) => Append(_orders, item);

    internal void Add(RecordedTransaction item) => Append(_transactions, item);

    internal void Add(RecordedStreamCommand item) => Append(_commands, item);

    internal void AddRange(IEnumerable<RecordedStreamUpdate> items)
    {
        lock (_gate)
        {
            _updates.AddRange(items);
        }
    }

    internal long StreamUpdateCount
    {
        get
        {
            lock (_gate)
            {
                return _updates.Count;
            }
        }
    }

    private void Append<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
        }
    }

    private T[] Copy<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
