using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        // One hash lookup per update of a known key, its entry updated in place (this runs for every received item).
        (string, string) id = (map.Service, key);
        ImmutableArray<int> changed = ChangedFieldNumbers(changes);
        ref Entry entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, id);
        if (!Unsafe.IsNullRef(ref entry))
        {
            entry = new Entry(entry.State.With(changes, extras), entry.Sequence + 1);
            return Update(entry);
        }

        var values = new LevelOneValue[map.Fields.Length];
        values[0] = LevelOneValue.FromText(key);
        var first = new Entry(new LevelOneSnapshot(map, key, values, default).With(changes, extras), 1);
        _entries.Add(id, first);
        return Update(first);

        LevelOneUpdate Update(Entry merged) =>
            new(map.Service, key, receivedAt, serverTime, merged.Sequence, changed, merged.State);
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

    private readonly record struct Entry(LevelOneSnapshot State, long Sequence);
}
