using System.Globalization;
using System.Text.Json;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Counts, from <c>journalctl -o json</c> lines (one JSON object per entry), the error entries (PRIORITY 0–3) and the
/// HTTP 429 responses — the REST client logs each with EventId 1300 and the stable text <c>429 rate limited</c> — per unit.
/// </summary>
internal sealed class JournalCounts
{
    /// <summary>The EventId of <c>Log.RateLimited</c> in Schwab.Core/Api, written to the journal as <c>EVENT_ID</c>.</summary>
    public const string RateLimitedEventId = "1300";

    /// <summary>Its <c>EVENT_NAME</c>.</summary>
    public const string RateLimitedEventName = "RateLimited";

    /// <summary>The stable text that message starts with.</summary>
    public const string RateLimitedText = "429 rate limited";

    public int Entries { get; private set; }

    public int Errors { get; private set; }

    public int RateLimited { get; private set; }

    public int Unreadable { get; private set; }

    public SortedDictionary<string, int> ErrorsByUnit { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> RateLimitedByUnit { get; } = new(StringComparer.Ordinal);

    public static JournalCounts Parse(string jsonLines)
    {
        var counts = new JournalCounts();
        foreach (string line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            counts.Add(line);
        }

        return counts;
    }

    private void Add(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            Unreadable++;
            return;
        }

        using (document)
        {
            JsonElement entry = document.RootElement;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                Unreadable++;
                return;
            }

            Entries++;
            string unit = Text(entry, "_SYSTEMD_UNIT") is { } u && u.StartsWith("schwab-", StringComparison.Ordinal) ? u : Text(entry, "UNIT") ?? Text(entry, "_SYSTEMD_UNIT") ?? "?";
            if (int.TryParse(Text(entry, "PRIORITY"), NumberStyles.None, CultureInfo.InvariantCulture, out int priority) && priority <= 3)
            {
                Errors++;
                Increment(ErrorsByUnit, unit);
            }

            // Other libraries number their events too (Microsoft.Extensions.Hosting logs EVENT_ID 11), so the id counts only with our name.
            bool byId = Text(entry, "EVENT_ID") == RateLimitedEventId && Text(entry, "EVENT_NAME") is null or RateLimitedEventName;
            if (byId || (Text(entry, "MESSAGE") is { } message && message.StartsWith(RateLimitedText, StringComparison.Ordinal)))
            {
                RateLimited++;
                Increment(RateLimitedByUnit, unit);
            }
        }
    }

    private static void Increment(SortedDictionary<string, int> counts, string unit) =>
        counts[unit] = counts.TryGetValue(unit, out int n) ? n + 1 : 1;

    // journalctl writes a field as a string, as an array of byte values when it is not valid UTF-8 text, or null when it
    // is too large to show; repeated fields become an array of those.
    private static string? Text(JsonElement entry, string field)
    {
        if (!entry.TryGetProperty(field, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Number) =>
                System.Text.Encoding.UTF8.GetString([.. value.EnumerateArray().Select(e => (byte)e.GetInt32())]),
            JsonValueKind.Array => value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).FirstOrDefault(s => s is not null),
            _ => null,
        };
    }
}
