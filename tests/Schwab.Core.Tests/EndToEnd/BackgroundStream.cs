using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.EndToEnd;

/// <summary>
/// One long <see cref="StreamerClient.StreamAsync"/> enumeration in the background (ending an enumeration ends the
/// connection), collecting updates; tests await conditions on what has arrived, re-checked as each update lands.
/// </summary>
internal sealed class BackgroundStream : IAsyncDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly List<LevelOneUpdate> _updates = [];
    private readonly List<(Func<IReadOnlyList<LevelOneUpdate>, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    public BackgroundStream(StreamerClient streamer)
    {
        _reader = Task.Run(async () =>
        {
            try
            {
                await foreach (LevelOneUpdate update in streamer.StreamAsync(_stop.Token))
                {
                    lock (_updates)
                    {
                        _updates.Add(update);
                        Check();
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                lock (_updates)
                {
                    Failure = ex;
                    foreach ((_, TaskCompletionSource done) in _waiters)
                    {
                        done.TrySetException(ex);
                    }
                }
            }
        });
    }

    public Exception? Failure { get; private set; }

    public IReadOnlyList<LevelOneUpdate> Updates
    {
        get
        {
            lock (_updates)
            {
                return [.. _updates];
            }
        }
    }

    public Task WaitAsync(Func<IReadOnlyList<LevelOneUpdate>, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_updates)
        {
            if (Failure is not null)
            {
                done.SetException(Failure);
            }
            else if (condition(_updates))
            {
                done.SetResult();
            }
            else
            {
                _waiters.Add((condition, done));
            }
        }

        return done.Task.WaitAsync(s_wait);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
            // Stopped by us.
        }

        _stop.Dispose();
    }

    private void Check()
    {
        foreach (var waiter in _waiters.Where(w => w.Condition(_updates)).ToList())
        {
            waiter.Done.TrySetResult();
            _waiters.Remove(waiter);
        }
    }
}
