using System.Globalization;

namespace Schwab.Cli.Commands.Health;

/// <summary>Parses the output of <c>systemctl show --timestamp=utc -p … UNIT…</c>: one block of <c>Key=value</c> lines per unit, blocks separated by a blank line.</summary>
internal static class SystemctlShow
{
    public const string Properties = "Id,LoadState,ActiveState,SubState,Result,NRestarts,StatusText,ActiveEnterTimestamp,Wants";

    public static IReadOnlyList<UnitState> Parse(string output)
    {
        var units = new List<UnitState>();
        var block = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in output.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush(block, units);
                continue;
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                block[line[..equals]] = line[(equals + 1)..];
            }
        }

        Flush(block, units);
        return units;
    }

    /// <summary>Reads <c>Sun 2026-11-29 14:30:01 UTC</c> (<c>--timestamp=utc</c>); null when empty or in another form.</summary>
    public static DateTimeOffset? ParseTimestamp(string value)
    {
        string[] parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 4 && parts[3] == "UTC"
            && DateTime.TryParseExact($"{parts[1]} {parts[2]}", "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime utc))
        {
            return new DateTimeOffset(utc.Ticks, TimeSpan.Zero);
        }

        return null;
    }

    private static void Flush(Dictionary<string, string> block, List<UnitState> units)
    {
        if (block.TryGetValue("Id", out string? id) && id.Length > 0)
        {
            string Get(string key) => block.TryGetValue(key, out string? value) ? value : "";
            units.Add(new UnitState(
                id,
                Get("LoadState"),
                Get("ActiveState"),
                Get("SubState"),
                Get("Result"),
                int.TryParse(Get("NRestarts"), NumberStyles.None, CultureInfo.InvariantCulture, out int restarts) ? restarts : 0,
                Get("StatusText"),
                ParseTimestamp(Get("ActiveEnterTimestamp")),
                Get("Wants").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)));
        }

        block.Clear();
    }
}
