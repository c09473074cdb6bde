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

        // Everything buffered joins the replay so older rows never land after newer ones.
        while (_buffer.Reader.TryRead(out StreamingRow? row))
        {
            batch.Add(row);
        }

        if (!await TryReplayAsync(batch))
        {
            if (batch.Count > 0)
            {
                Spill(batch, "database unavailable");
            }
        }
    }

    /// <summary>Writes the spill file's rows and <paramref name="pending"/> in receive order, then empties the file.</summary>
    private async Task<bool> TryReplayAsync(List<StreamingRow> pending)
    {
        int done = 0;
        List<StreamingRow> extra = pending;
        while (true)
        {
            IReadOnlyList<byte[]> records = _spill!.ReadAll();
            var rows = records.Skip(done).Select(StreamingRowCodec.Decode).Concat(extra).OrderBy(r => r.Ordinal).ToList();
            for (int i = 0; i < rows.Count; i += _options.BatchSize)
            {
                if (!await TryCommitAsync(rows.GetRange(i, Math.Min(_options.BatchSize, rows.Count - i))))
                {
                    return false;
                }
            }

            done = records.Count;
            extra = [];
            pending.Clear(); // committed: nothing left for the caller to spill
            lock (_spillGate)
            {
                if (Interlocked.Read(ref _spilledRecords) == done)
                {
                    _spill.Clear();
                    Interlocked.Exchange(ref _spilledRecords, 0);
                    Log.SpillReplayed(_logger, done);
                    Progress?.Invoke(this, EventArgs.Empty);
                    return true;
                }
            }
        }
    }

    private async Task<bool> TryCommitAsync(List<StreamingRow> rows)
    {
        try
        {
            await _store.WriteAsync(rows, CancellationToken.None);
            Interlocked.Add(ref _committed, rows.Count);
            Progress?.Invoke(this, EventArgs.Empty);
            if (_databaseDown)
            {
                _databaseDown = false;
                _retryInterval = RetryInterval;
                Log.DatabaseBack(_logger);
            }

            return true;
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
        {
            if (!_databaseDown)
            {
                _databaseDown = true;
                Log.DatabaseUnavailable(_logger, ex.Message.ReplaceLineEndings(" "));
            }

            // Retried after 1 s, doubling up to 15 s: a locked database makes every attempt wait its busy timeout.
            _retryAt = _time.GetUtcNow() + _retryInterval;
            _retryInterval = _retryInterval * 2 < MaxRetryInterval ? _retryInterval * 2 : MaxRetryInterval;
            return false;
        }
    }

    private void Spill(List<StreamingRow> rows, string reason)
    {
        lock (_spillGate)
        {
            if (_spill is null)
            {
                Open();
            }

            if (Interlocked.Read(ref _spilledRecords) == 0)
            {
                Log.Spilling(_logger, reason, _spill!.Path);
            }

            foreach (StreamingRow row in rows)
            {
                _spill!.Append(StreamingRowCodec.Encode(row));
            }

            Interlocked.Add(ref _spilledRecords, rows.Count);
            Interlocked.Add(ref _spilledTotal, rows.Count);
        }

        Progress?.Invoke(this, EventArgs.Empty);
    }
}
