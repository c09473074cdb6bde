using System.Globalization;
using System.Text.Json;

namespace Schwab.Core.Reports.Journal;

/// <summary>
/// Counts restarts, errors, 429s and token refreshes from <c>journalctl -o json</c> lines (one JSON object per line,
/// every value a string, or an array when a field repeats).
/// </summary>
/// <remarks>
/// Our daemons' lines carry <c>EVENT_ID</c> (the journald sink); when they went through stderr instead, the stable texts
/// are matched. systemd's own lines about a unit carry <c>UNIT</c> and a catalogue <c>MESSAGE_ID</c>.
/// </remarks>
internal sealed class JournalParser(IReadOnlyCollection<string> units, DateTimeOffset from, DateTimeOffset to)
{
    /// <summary>systemd's catalogue id of "Started UNIT".</summary>
    public const string UnitStartedMessageId = "39f53479d3a045ac8e11786248231fbf";

    /// <summary>systemd's catalogue id of "UNIT: Scheduled restart job".</summary>
    public const string RestartScheduledMessageId = "5eb03494b6584870a536b337290809b3";

    private readonly Dictionary<string, Counter> _counts = units.ToDictionary(u => u, _ => new Counter(), StringComparer.Ordinal);

    /// <summary>Lines that were not JSON objects (skipped).</summary>
    public int Skipped { get; private set; }

    /// <summary>Counts one line of <c>journalctl -o json</c> output.</summary>
    public void Add(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            Skipped++;
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Skipped++;
                return;
            }

            Count(document.RootElement);
        }
    }

    /// <summary>The counts so far, one row per queried unit in the order given.</summary>
    public JournalSummary ToSummary(string? caveat = null) => new(
        true,
        caveat,
        [.. _counts.Select(c => new UnitJournalCounts(c.Key, Math.Max(c.Value.EventStarts, c.Value.SystemdStarts), c.Value.RestartsScheduled,
            c.Value.Errors, c.Value.RateLimited, c.Value.TokenRefreshes, c.Value.TokenRefreshFailures))]);

    private void Count(JsonElement entry)
    {
        string? unit = Field(entry, "UNIT") ?? Field(entry, "OBJECT_SYSTEMD_UNIT") ?? Field(entry, "_SYSTEMD_UNIT");
        if (unit is null || !_counts.TryGetValue(unit, out Counter? counter) || !InWindow(entry))
        {
            return;
        }

        string? eventId = Field(entry, "EVENT_ID");
        string message = Field(entry, "MESSAGE") ?? "";
        string? messageId = Field(entry, "MESSAGE_ID");
        if (int.TryParse(Field(entry, "PRIORITY"), NumberStyles.None, CultureInfo.InvariantCulture, out int priority) && priority <= 3)
        {
            counter.Errors++;
        }

        if (eventId == "1004")
        {
            counter.EventStarts++;
        }
        else if (messageId == UnitStartedMessageId)
        {
            counter.SystemdStarts++;
        }
        else if (messageId == RestartScheduledMessageId)
        {
            counter.RestartsScheduled++;
        }
        else if (eventId == "1300" || (eventId is null && message.Contains("429 rate limited", StringComparison.Ordinal)))
        {
            counter.RateLimited++;
        }
        else if (eventId == "2000" || (eventId is null && message.StartsWith("Refreshed the access token of", StringComparison.Ordinal)))
        {
            counter.TokenRefreshes++;
        }
        else if (eventId is "2002" or "2003")
        {
            counter.TokenRefreshFailures++;
        }
    }

    private bool InWindow(JsonElement entry)
    {
        if (!long.TryParse(Field(entry, "__REALTIME_TIMESTAMP"), NumberStyles.None, CultureInfo.InvariantCulture, out long micros))
        {
            return true; // journalctl already applied --since/--until
        }

        DateTimeOffset at = DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
        return at >= from && at < to;
    }

    private static string? Field(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
    }

    private sealed class Counter
    {
        public int EventStarts { get; set; }

        public int SystemdStarts { get; set; }

        public int RestartsScheduled { get; set; }

        public int Errors { get; set; }

        public int RateLimited { get; set; }

        public int TokenRefreshes { get; set; }

        public int TokenRefreshFailures { get; set; }
    }
}
