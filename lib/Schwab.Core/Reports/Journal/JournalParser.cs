using System.Globalization;
using System.Text.Json;

namespace Schwab.Core.Reports.Journal;

/// <summary>
/// Counts restarts, errors, 429s and token refreshes from <c>journalctl -o json</c> lines (one JSON object per line,
/// every value a string, an array of bytes when not printable text, or an array when a field repeats). The one definition
/// of these counts: <c>schwabctl report</c> and <c>schwabctl health</c> both read the journal through it.
/// </summary>
/// <remarks>
/// Our daemons' lines carry <c>EVENT_ID</c> (the journald sink); when they went through stderr instead, the stable texts
/// are matched. systemd's own lines about a unit carry <c>UNIT</c> and a catalogue <c>MESSAGE_ID</c>.
/// </remarks>
/// <param name="units">The units counted, each listed in the summary (zeros included), in this order.</param>
/// <param name="from">The window's start (inclusive).</param>
/// <param name="to">The window's end (exclusive).</param>
/// <param name="otherSchwabUnits">Also count any other <c>schwab-*</c> unit met (a test or renamed unit), listed after <paramref name="units"/>.</param>
internal sealed class JournalParser(IReadOnlyCollection<string> units, DateTimeOffset from, DateTimeOffset to, bool otherSchwabUnits = false)
{
    /// <summary>systemd's catalogue id of "Started UNIT".</summary>
    public const string UnitStartedMessageId = "39f53479d3a045ac8e11786248231fbf";

    /// <summary>systemd's catalogue id of "UNIT: Scheduled restart job".</summary>
    public const string RestartScheduledMessageId = "5eb03494b6584870a536b337290809b3";

    /// <summary>The EventId of <c>Log.RateLimited</c> in Schwab.Core/Api (journal field <c>EVENT_ID</c>).</summary>
    public const string RateLimitedEventId = "1300";

    /// <summary>Its <c>EVENT_NAME</c>: other libraries number their events too, so the id counts only with this name (or none).</summary>
    public const string RateLimitedEventName = "RateLimited";

    /// <summary>The stable text of that message, matched when a line came through stderr without <c>EVENT_ID</c>.</summary>
    public const string RateLimitedText = "429 rate limited";

    private const string SchwabUnitPrefix = "schwab-";

    private readonly List<string> _order = [.. units];

    private readonly Dictionary<string, Counter> _counts = units.ToDictionary(u => u, _ => new Counter(), StringComparer.Ordinal);

    private int _entries;

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

    /// <summary>The counts so far, one row per queried unit in the order given, then any other <c>schwab-*</c> unit met when asked for.</summary>
    public JournalSummary ToSummary(string? caveat = null) => new(
        true,
        caveat,
        [.. _order.Select(u => (Unit: u, Count: _counts[u])).Select(c => new UnitJournalCounts(c.Unit, Math.Max(c.Count.EventStarts, c.Count.SystemdStarts),
            c.Count.RestartsScheduled, c.Count.Errors, c.Count.RateLimited, c.Count.TokenRefreshes, c.Count.TokenRefreshFailures))])
    {
        Entries = _entries,
    };

    private void Count(JsonElement entry)
    {
        if (!InWindow(entry) || Counted(entry) is not { } counter)
        {
            return;
        }

        _entries++;
        string? eventId = JournalEntry.Field(entry, "EVENT_ID");
        string message = JournalEntry.Field(entry, "MESSAGE") ?? "";
        string? messageId = JournalEntry.Field(entry, "MESSAGE_ID");
        if (int.TryParse(JournalEntry.Field(entry, "PRIORITY"), NumberStyles.None, CultureInfo.InvariantCulture, out int priority) && priority <= 3)
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
        else if (eventId == RateLimitedEventId ? JournalEntry.Field(entry, "EVENT_NAME") is null or RateLimitedEventName
            : eventId is null && message.Contains(RateLimitedText, StringComparison.Ordinal))
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

    // A daemon's own line is its unit's, whatever else it carries; systemd's lines about a unit name it in UNIT (PID 1)
    // or OBJECT_SYSTEMD_UNIT (journald, coredumps).
    private Counter? Counted(JsonElement entry)
    {
        string? own = JournalEntry.Field(entry, "_SYSTEMD_UNIT");
        string? unit = own is not null && IsCounted(own) ? own
            : JournalEntry.Field(entry, "UNIT") ?? JournalEntry.Field(entry, "OBJECT_SYSTEMD_UNIT") ?? own;
        if (unit is null || !IsCounted(unit))
        {
            return null;
        }

        if (!_counts.TryGetValue(unit, out Counter? counter))
        {
            counter = _counts[unit] = new Counter();
            _order.Add(unit);
        }

        return counter;
    }

    private bool IsCounted(string unit) =>
        _counts.ContainsKey(unit) || (otherSchwabUnits && unit.StartsWith(SchwabUnitPrefix, StringComparison.Ordinal));

    private bool InWindow(JsonElement entry)
    {
        if (!long.TryParse(JournalEntry.Field(entry, "__REALTIME_TIMESTAMP"), NumberStyles.None, CultureInfo.InvariantCulture, out long micros))
        {
            return true; // journalctl already applied --since/--until
        }

        DateTimeOffset at = DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
        return at >= from && at < to;
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
