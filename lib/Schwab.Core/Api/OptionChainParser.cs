using System.Buffers;
using System.Text.Json;
using Schwab.Core.Api.Chains;
using Schwab.Core.Domain;

namespace Schwab.Core.Api;

/// <summary>
/// Streams a <c>/marketdata/v1/chains</c> body into <see cref="OptionContract"/> batches with a <see cref="Utf8JsonReader"/>
/// over a pooled buffer: no DOM of the (up to 30 MB) body, memory bounded by the buffer and one batch.
/// </summary>
/// <remarks>
/// Handles both maps (<c>"YYYY-MM-DD:DTE" → "strike" → [contracts]</c>), sentinels, exponent numbers, unknown
/// fields, an absent or null <c>underlying</c>, and empty maps. A truncated or malformed body, or a gateway
/// <c>fault</c> body, throws <see cref="SchwabApiException"/> naming the endpoint.
/// </remarks>
internal static class OptionChainParser
{
    public const string Endpoint = "/marketdata/v1/chains";

    private const int InitialBufferSize = 64 * 1024;
    private const int MaxBufferSize = 64 * 1024 * 1024;

    /// <summary>Parses <paramref name="body"/>, handing each batch to <paramref name="onBatch"/> (the list is reused: copy what you keep).</summary>
    public static async Task<OptionChainSummary> ParseAsync(
        Stream body,
        string? requestedSymbol,
        Func<IReadOnlyList<OptionContract>, CancellationToken, ValueTask> onBatch,
        CancellationToken cancellationToken)
    {
        var state = new OptionChainParseState(requestedSymbol);
        var batch = new List<OptionContract>(128);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        int filled = 0;
        bool final = false;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer, filled);
                }

                int read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                final = read == 0;
                filled += read;
                int consumed = Parse(buffer.AsSpan(0, filled), final, state, batch);
                if (batch.Count > 0)
                {
                    await onBatch(batch, cancellationToken);
                    batch.Clear();
                }

                if (state.IsDone)
                {
                    return state.BuildSummary();
                }

                if (final)
                {
                    throw Malformed("the body ended before the chain was complete (truncated)", null);
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(ex.Message, ex);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Malformed("the connection broke while reading the body: " + ex.Message, ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a whole chain into memory (contracts only; the body itself is never held).</summary>
    public static async Task<OptionChain> ParseToListAsync(Stream body, string? requestedSymbol, CancellationToken cancellationToken)
    {
        var contracts = new List<OptionContract>();
        OptionChainSummary summary = await ParseAsync(body, requestedSymbol, (batch, _) =>
        {
            contracts.AddRange(batch);
            return ValueTask.CompletedTask;
        }, cancellationToken);
        return new OptionChain { Summary = summary, Contracts = contracts };
    }

    private static int Parse(ReadOnlySpan<byte> data, bool final, OptionChainParseState state, List<OptionContract> batch)
    {
        var reader = new Utf8JsonReader(data, final, state.ReaderState);
        state.Advance(ref reader, batch);
        state.ReaderState = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        if (buffer.Length >= MaxBufferSize)
        {
            throw Malformed($"a single JSON value exceeds {MaxBufferSize / (1024 * 1024)} MB", null);
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    internal static SchwabApiException Malformed(string reason, Exception? inner) =>
        new($"Malformed response body from {Endpoint}: {reason}", inner) { Endpoint = Endpoint, IsMalformedBody = true };
}
