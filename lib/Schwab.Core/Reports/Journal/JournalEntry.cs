using System.Text;
using System.Text.Json;

namespace Schwab.Core.Reports.Journal;

/// <summary>Reads a field of one <c>journalctl -o json</c> entry as text.</summary>
internal static class JournalEntry
{
    /// <summary>
    /// The field's text, or null when it is absent or too large for journalctl to show. journalctl writes a field as a string,
    /// as an array of byte values when it is not printable UTF-8 text, and a repeated field as an array of those (the first is used).
    /// </summary>
    public static string? Field(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Number) =>
                Encoding.UTF8.GetString([.. value.EnumerateArray().Select(e => e.TryGetByte(out byte b) ? b : (byte)'?')]),
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).FirstOrDefault(),
            _ => null,
        };
    }
}
