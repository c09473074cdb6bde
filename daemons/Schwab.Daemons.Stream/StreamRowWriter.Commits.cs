using System.Data.Common;
using Schwab.Core.Data.Streaming;

namespace Schwab.Daemons.Stream;

internal sealed partial class StreamRowWriter
{
    /// <summary>ENOSPC on Linux; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as HRESULTs on Windows.</summary>
    private static readonly int[] DiskFullCodes = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    private long _committedThrough;

    private async Task<bool> TryCommitAsync(List<StreamingRow> rows)
    {
        CancellationToken stopping = _stopping.Token;
        if (stopping.IsCancellationRequested)
        {
            return false;
        }

        // On the pool, so a stop can stop waiting for it: SQLite waits out its busy timeout synchronously.
        Task write = Task.Run(() => _store.WriteAsync(rows, stopping), CancellationToken.None);
        try
        {
            WriteStarted?.Invoke(this, EventArgs.Empty);
            await write.WaitAsync(stopping);
            Interlocked.Add(ref _committed, rows.Count);
            _committedThrough = rows[^1].Ordinal;
            _loop?.Beat(); // every commit is progress: a replay of a whole day's spill file keeps the watchdog fed
            Progress?.Invoke(this, EventArgs.Empty);
            if (_databaseDown)
            {
                _databaseDown = false;
                _retryInterval = RetryInterval;
                Log.DatabaseBack(_logger);
            }

            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Abandoned: the write holds the same token, so it cannot commit once it gets the lock (StreamingDataStore checks
            // it just before the commit) and its rows go to the spill file instead.
            _ = write.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            Log.WriteAbandoned(_logger, _writeBudget, rows.Count);
            return false;
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

    /// <summary>After a replay round failed half-way: the buffered rows its earlier batches committed are not the caller's to spill.</summary>
    private void DropCommitted(List<StreamingRow> pending)
    {
        long through = _committedThrough;
        pending.RemoveAll(r => r.Ordinal <= through);
    }

    private void Spill(List<StreamingRow> rows, string reason)
    {
        lock (_spillGate)
        {
            if (_spill is null)
            {
                Open();
            }

            if (_spillFull)
            {
                // Appends stop after a full disk until the replay empties the file: the failed append's stream position
                // would make the next append overwrite the rows that fitted.
                Interlocked.Add(ref _lost, rows.Count);
            }
            else
            {
                AppendToSpill(rows, reason);
            }
        }

        Progress?.Invoke(this, EventArgs.Empty);
    }

    private void AppendToSpill(List<StreamingRow> rows, string reason)
    {
        if (Interlocked.Read(ref _spilledRecords) == 0)
        {
            Log.Spilling(_logger, reason, _spill!.Path);
        }

        long before = _spill!.Length;
        try
        {
            // One write for the batch: a kill during it leaves a torn tail that replay drops (none of it acknowledged yet).
            AppendSpill(_spill, rows.ConvertAll(StreamingRowCodec.Encode));
            Interlocked.Add(ref _spilledRecords, rows.Count);
            Interlocked.Add(ref _spilledTotal, rows.Count);
        }
        catch (IOException ex) when (DiskFullCodes.Contains(ex.HResult))
        {
            // The whole records that made it to disk are kept (replay reads them); the rest of the batch is lost.
            int fitted = SpilledRows.Scan(_spill, before, _spill.Length).Count;
            _spillFull = true;
            Interlocked.Add(ref _spilledRecords, fitted);
            Interlocked.Add(ref _spilledTotal, fitted);
            Interlocked.Add(ref _lost, rows.Count - fitted);
            Log.SpillDiskFull(_logger, Path.GetDirectoryName(_spill.Path) ?? _spill.Path, fitted, rows.Count - fitted);
        }
    }
}
