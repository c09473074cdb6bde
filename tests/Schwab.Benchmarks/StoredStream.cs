using System.Data.Common;
using Schwab.Core.Data;
using Schwab.Testing.Data;

namespace Schwab.Benchmarks;

/// <summary>
/// What a <see cref="StreamPipelineRun"/> left in the file: the row count, rows whose per-symbol sequence does not follow
/// the previous one (lost or invented updates), the LATEST_QUOTE row count, and every row's receive-to-commit latency.
/// </summary>
internal sealed class StoredStream
{
    private double[] _latenciesMs = [];

    public long Rows { get; private set; }

    public long SequenceGaps { get; private set; }

    public long LatestQuotes { get; private set; }

    /// <summary>The latency at quantile <paramref name="q"/> (0..1, nearest rank), in milliseconds.</summary>
    public double LatencyMs(double q) =>
        _latenciesMs.Length == 0 ? double.NaN : _latenciesMs[Math.Clamp((int)Math.Ceiling(q * _latenciesMs.Length) - 1, 0, _latenciesMs.Length - 1)];

    public static async Task<StoredStream> ReadAsync(SqliteTestDatabase db, StreamPipelineRun run, CancellationToken cancellationToken)
    {
        var stored = new StoredStream();
        var latencies = new List<double>((int)run.Sent);
        var lastSequence = new Dictionary<string, long>(StringComparer.Ordinal);
        await using DbConnection connection = await db.Connections.OpenAsync(cancellationToken);
        await using (DbCommand command = connection.CreateCommand())
        {
            // Rowid order is insert order, and rows are committed in receive order, so row n belongs to the first commit that
            // brought the committed count to n or more.
            command.CommandText = "SELECT timestamp, symbol, sequence FROM streaming_data ORDER BY rowid";
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            int commit = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Rows++;
                while (commit < run.Commits.Count - 1 && run.Commits[commit].Committed < stored.Rows)
                {
                    commit++;
                }

                DateTimeOffset received = SqliteText.ToInstant(reader.GetString(0));
                latencies.Add((run.Commits[commit].At - received).TotalMilliseconds);
                string symbol = reader.GetString(1);
                long sequence = reader.GetInt64(2);
                if (sequence != lastSequence.GetValueOrDefault(symbol) + 1)
                {
                    stored.SequenceGaps++;
                }

                lastSequence[symbol] = sequence;
            }
        }

        await using (DbCommand count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM SCHWAB_LATEST_QUOTE";
            stored.LatestQuotes = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        latencies.Sort();
        stored._latenciesMs = [.. latencies];
        return stored;
    }
}
