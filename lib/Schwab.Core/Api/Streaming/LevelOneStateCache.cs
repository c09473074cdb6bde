using System.Collections.Immutable;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The per-key merged level-one state. LEVELONE_* deliver changes only: the first item for a key carries
/// every requested field, later items only the changed ones (schwab-api.md §4.3). Single writer.
/// </summary>
internal sealed class LevelOneStateCache
{
    private readonly Dictionary<(string Service, string Key), Entry> _entries = [];

    public int Count => _entries.Count;

    public LevelOneUpdate Merge(
        LevelOneFieldMap map,
        string key,
        ReadOnlySpan<LevelOneFieldChange> changes,
        LevelOneExtras extras,
        DateTimeOffset receivedAt,
        DateTimeOffset? serverTime)
    {
        (string, string) id = (map.Service, key);
        LevelOneSnapshot state;
        long sequence;
        if (_entries.TryGetValue(id, out Entry? entry))
        {
            state = entry.State.With(changes, extras);
            sequence = entry.Sequence + 1;
        }
        else
        {
            var values = new LevelOneValue[map.Fields.Length];
            values[0] = LevelOneValue.FromText(key);
            state = new LevelOneSnapshot(map, key, values, default).With(changes, extras);
            sequence = 1;
        }

        _entries[id] = new Entry(state, sequence);
        return new LevelOneUpdate(map.Service, key, receivedAt, serverTime, sequence, ChangedFieldNumbers(changes), state);
    }

    private static ImmutableArray<int> ChangedFieldNumbers(ReadOnlySpan<LevelOneFieldChange> changes)
    {
        var numbers = new int[changes.Length];
        for (int i = 0; i < changes.Length; i++)
        {
            numbers[i] = changes[i].Field;
        }

        Array.Sort(numbers);
        return ImmutableArray.Create(numbers);
    }

    private sealed record Entry(LevelOneSnapshot State, long Sequence);
}
