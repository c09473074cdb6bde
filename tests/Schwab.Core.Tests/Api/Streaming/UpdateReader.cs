using System.Threading.Channels;
using Schwab.Core.Api.Streaming;
using Schwab.Testing;

namespace Schwab.Core.Tests.Api.Streaming;

/// <summary>Consumes <see cref="StreamerClient.StreamAsync"/> in the background so tests can await updates.</summary>
internal sealed class UpdateReader : IAsyncDisposable
{
    private readonly Channel<LevelOneUpdate> _updates = Channel.CreateUnbounded<LevelOneUpdate>();
    private readonly CancellationTokenSource _stop = new();

    public UpdateReader(StreamerClient client)
    {
        Completion = Task.Run(async () =>
        {
            try
            {
                await foreach (LevelOneUpdate update in client.StreamAsync(_stop.Token))
                {
                    _updates.Writer.TryWrite(update);
                }
            }
            finally
            {
                _updates.Writer.TryComplete();
            }
        });
    }

    /// <summary>Completes when the stream ends: normally, or with its exception.</summary>
    public Task Completion { get; }

    public async Task<LevelOneUpdate> NextAsync()
    {
        using var guard = new CancellationTokenSource(TestTimeouts.Guard);
        return await _updates.Reader.ReadAsync(guard.Token);
    }

    public async Task<Exception?> EndAsync()
    {
        try
        {
            await Completion.WaitAsync(TestTimeouts.Guard);
            return null;
        }
        catch (Exception ex) when (ex is not TimeoutException)
        {
            return ex;
        }
    }

    public bool TryRead(out LevelOneUpdate? update) => _updates.Reader.TryRead(out update);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Completion.WaitAsync(TestTimeouts.Guard);
        }
        catch (Exception ex) when (ex is StreamerException or OperationCanceledException)
        {
            // The test already asserted on how the stream ended.
        }

        _stop.Dispose();
    }
}
