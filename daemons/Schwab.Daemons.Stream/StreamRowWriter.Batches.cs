using System.Data.Common;
using Schwab.Core.Data.Streaming;

namespace Schwab.Daemons.Stream;

internal sealed partial class StreamRowWriter
{
    /// <summary>The next batch: empty after an idle second, null once completed and drained.</summary>
    private async Task<List<StreamingRow>?> NextBatchAsync()
    {
        var batch = new List<StreamingRow>();
        if (!await WaitAsync(IdleWake))
        {
            return _buffer.Reader.Completion.IsCompleted ? null : batch;
        }

        DateTimeOffset deadline = _time.GetUtcNow() + _options.BatchWindow;
        while (batch.Count < _options.BatchSize)
        {
            while (batch.Count < _options.BatchSize && _buffer.Reader.TryRead(out StreamingRow? row))
            {
                batch.Add(row);
            }

            TimeSpan left = deadline - _time.GetUtcNow();
            if (batch.Count >= _options.BatchSize || left <= TimeSpan.Zero || _buffer.Reader.Completion.IsCompleted || !await WaitAsync(left))
            {
                break;
            }
        }

        return batch;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a row; one outstanding wait is reused so idle seconds leave no waiters behind.</summary>
    private async Task<bool> WaitAsync(TimeSpan timeout)
    {
        _pendingWait ??= _buffer.Reader.WaitToReadAsync().AsTask();
        try
        {
            bool more = await _pendingWait.WaitAsync(timeout, _time);
            _pendingWait = null;
            return more;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task WriteAsync(List<StreamingRow> batch, bool final)
    {
        DateTimeOffset now = _time.GetUtcNow();
        if (Spilled == 0)
        {
            if (batch.Count == 0)
            {
                return;
            }

            if (!_databaseDown || now >= _retryAt)
            {
                if (await TryCommitAsync(batch))
                {
                    return;
                }
            }

            Spill(batch, "database unavailable");
            return;
        }

        if (!final && _databaseDown && now < _retryAt)
        {
            if (batch.Count > 0)
            {
                Spill(batch, "database unavailable");
            }

            return;
        }

        if (!await TryReplayAsync(batch))
        {
            if (batch.Count > 0)
            {
                Spill(batch, "database unavailable");
            }
        }
    }

    /// <summary>
    /// Writes the spill file's rows and <paramref name="pending"/> in receive order, then empties the file. The file is read
    /// in bounded chunks (<see cref="SpilledRows"/>), so replaying a long outage takes no more memory than a short one.
    /// </summary>
    /// <remarks>
    /// Each round first takes everything buffered, then the file up to its current end: rows buffered are older than rows the
    /// receive loop spilled after them (it spills only while the buffer is full), so older rows never land after newer ones,
    /// also when the buffer filled again during a long replay. On failure <paramref name="pending"/> holds what the caller spills.
    /// </remarks>
    private async Task<bool> TryReplayAsync(List<StreamingRow> pending)
    {
        _committedThrough = 0;
        long from = 0;
        int done = 0;
        var batch = new List<StreamingRow>(_options.BatchSize);
        while (true)
        {
            while (_buffer.Reader.TryRead(out StreamingRow? buffered))
            {
                pending.Add(buffered);
            }

            pending.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
            SpilledRows region = SpilledRows.Scan(_spill!, from, _spill!.Length);
            foreach (StreamingRow row in region.InOrder(pending))
            {
                batch.Add(row);
                if (batch.Count == _options.BatchSize)
                {
                    if (!await TryCommitAsync(batch))
                    {
                        DropCommitted(pending);
                        return false;
                    }

                    batch.Clear();
                }
            }

            if (batch.Count > 0 && !await TryCommitAsync(batch))
            {
                DropCommitted(pending);
                return false;
            }

            batch.Clear();
            done += region.Count;
            from = region.End;
            pending.Clear(); // committed: nothing left for the caller to spill
            lock (_spillGate)
            {
                if (Interlocked.Read(ref _spilledRecords) == done)
                {
                    _spill.Clear();
                    _spillFull = false; // room again: spilling resumes
                    Interlocked.Exchange(ref _spilledRecords, 0);
                    Log.SpillReplayed(_logger, done);
                    Progress?.Invoke(this, EventArgs.Empty);
                    return true;
                }
            }
        }
    }
}
