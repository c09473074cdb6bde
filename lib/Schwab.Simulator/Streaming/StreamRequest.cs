using System.Globalization;
using System.Text.Json;

namespace Schwab.Simulator.Streaming;

/// <summary>One entry of a <c>{"requests":[…]}</c> envelope; <c>requestid</c> may arrive as a number or a string.</summary>
internal sealed record StreamRequest(
    string RequestId, string Service, string Command, string? CorrelId, string? Token, IReadOnlyList<string> Keys, int[]? Fields, bool Valid)
{
    public static StreamRequest From(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return new StreamRequest("", "", "", null, null, [], null, false);
        }

        string requestId = e.TryGetProperty("requestid", out var rid)
            ? rid.ValueKind == JsonValueKind.Number ? rid.GetRawText() : rid.ToString()
            : "";
        string service = Text(e, "service")?.ToUpperInvariant() ?? "";
        string command = Text(e, "command")?.ToUpperInvariant() ?? "";
        string? token = null;
        IReadOnlyList<string> keys = [];
        int[]? fields = null;
        bool valid = service.Length > 0 && command.Length > 0;
        if (e.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            token = Text(p, "Authorization");
            if (Text(p, "keys") is { } k)
            {
                keys = k.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Trim().ToUpperInvariant()).Where(x => x.Length > 0).ToArray();
            }

            if (Text(p, "fields") is { } f)
            {
                var parsed = f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1).ToArray();
                valid &= parsed.All(n => n >= 0);
                fields = parsed.Where(n => n >= 0).Distinct().Order().ToArray();
            }
        }

        return new StreamRequest(requestId, service, command, Text(e, "SchwabClientCorrelId"), token, keys, fields, valid);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? v.ToString() : null;
}
