using System.Threading.Channels;
using Schwab.Core.Api;
using Schwab.Core.Domain;

namespace Schwab.Core.Data.Chains;

/// <summary>
/// Parses a chain body on the caller while a second task writes the parsed batches into the snapshot, so parsing and
/// storing overlap (on two cores the snapshot costs about the longer of the two, not their sum).
/// </summary>
/// <remarks>
/// Memory stays bounded: at most <see cref="Capacity"/> batches wait between the two. A parse failure stops the writer; a
/// write failure stops the parse and is the exception the caller sees. Neither commits: the caller disposes the snapshot.
/// </remarks>
internal static class ChainWritePipeline
{
    private const int Capacity = 16;

    public static async Task<OptionChainSummary> ParseIntoAsync(
        Stream body, string? requestedSymbol, OptionChainSnapshot snapshot, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<OptionContract[]>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task writer = Task.Run(() => WriteAllAsync(channel, snapshot, stop.Token), CancellationToken.None);
        try
        {
            OptionChainSummary summary = await OptionChainParser.ParseAsync(body, requestedSymbol,
                (batch, token) => channel.Writer.WriteAsync([.. batch], token), cancellationToken);
            channel.Writer.Complete();
            await writer;
            return summary;
        }
        catch (ChannelClosedException)
        {
            // Only a failed writer closes the channel early: its exception is the cause, so that is what the caller sees.
            await writer;
            throw;
        }
        finally
        {
            channel.Writer.TryComplete();
            await stop.CancelAsync();
            await writer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private static async Task WriteAllAsync(Channel<OptionContract[]> channel, OptionChainSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (OptionContract[] batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await snapshot.WriteAsync(batch, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // Wakes a parser blocked on a full channel.
            channel.Writer.TryComplete(ex);
            throw;
        }
    }
}
