using Schwab.Core.Data.Spill;

namespace Schwab.Core.Data.Streaming;

/// <summary>
/// The <see cref="StreamingRow"/>s of a spill-file region, in receive order (<see cref="StreamingRow.Ordinal"/>), merged with
/// rows still in memory, in bounded memory whatever the file's size.
/// </summary>
/// <remarks>
/// The file is not sorted as a whole: the receive loop appends rows the full buffer cannot take while the writer appends
/// older batches it took from the buffer. Each of those appends is in receive order, though, so the file is a few ascending
/// runs. <see cref="Scan"/> finds where each run starts (one pass, keeping only offsets); <see cref="InOrder"/> merges the
/// runs, each read through its own small <see cref="SpillReader"/>, with the in-memory rows.
/// </remarks>
internal sealed class SpilledRows
{
    /// <summary>The buffer of each run's reader while merging.</summary>
    public const int RunChunkBytes = 64 * 1024;

    private readonly SpillFile _spill;
    private readonly List<long> _runs;

    private SpilledRows(SpillFile spill, List<long> runs, long end, int count, long maxOrdinal)
    {
        _spill = spill;
        _runs = runs;
        End = end;
        Count = count;
        MaxOrdinal = maxOrdinal;
    }

    /// <summary>Whole records in the region.</summary>
    public int Count { get; }

    /// <summary>The highest ordinal in the region (0 when empty).</summary>
    public long MaxOrdinal { get; }

    /// <summary>The offset just after the region's last whole record: where appends made after the scan begin.</summary>
    public long End { get; }

    /// <summary>Scans the whole records from <paramref name="from"/> to <paramref name="to"/> (ordinals only, nothing kept but run offsets).</summary>
    public static SpilledRows Scan(SpillFile spill, long from, long to)
    {
        var runs = new List<long>();
        SpillReader reader = spill.Read(from, to);
        long previous = long.MaxValue;
        long max = 0;
        int count = 0;
        long start = reader.Position;
        while (reader.MoveNext())
        {
            long ordinal = StreamingRowCodec.ReadOrdinal(reader.Current.Span);
            if (ordinal < previous)
            {
                runs.Add(start);
            }

            previous = ordinal;
            max = Math.Max(max, ordinal);
            count++;
            start = reader.Position;
        }

        return new SpilledRows(spill, runs, reader.Position, count, max);
    }

    /// <summary>The region's rows and <paramref name="pending"/> (ascending by ordinal) merged in ordinal order.</summary>
    public IEnumerable<StreamingRow> InOrder(IReadOnlyList<StreamingRow> pending)
    {
        var heads = new PriorityQueue<IEnumerator<StreamingRow>, long>();
        var sources = new List<IEnumerator<StreamingRow>>(_runs.Count + 1);
        for (int i = 0; i < _runs.Count; i++)
        {
            sources.Add(Rows(_spill.Read(_runs[i], i + 1 < _runs.Count ? _runs[i + 1] : End, RunChunkBytes)).GetEnumerator());
        }

        sources.Add(pending.GetEnumerator());
        try
        {
            foreach (IEnumerator<StreamingRow> source in sources)
            {
                if (source.MoveNext())
                {
                    heads.Enqueue(source, source.Current.Ordinal);
                }
            }

            while (heads.TryDequeue(out IEnumerator<StreamingRow>? source, out _))
            {
                yield return source.Current;
                if (source.MoveNext())
                {
                    heads.Enqueue(source, source.Current.Ordinal);
                }
            }
        }
        finally
        {
            sources.ForEach(s => s.Dispose());
        }
    }

    private static IEnumerable<StreamingRow> Rows(SpillReader reader)
    {
        while (reader.MoveNext())
        {
            yield return StreamingRowCodec.Decode(reader.Current);
        }
    }
}
