using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Schwab.Benchmarks;

/// <summary>Formats result rows as the aligned table or as the <c>--json</c> array.</summary>
internal static class ResultPrinter
{
    public static string Table(IReadOnlyList<BenchResult> results)
    {
        string[] header = ["name", "value", "unit", "baseline", "ratio", "target"];
        List<string[]> lines = [header, .. results.Select(r => new[]
        {
            r.Name, Number(r.Value), r.Unit, r.Baseline is double b ? Number(b) : "-", r.Ratio is double x ? Number(x) : "-",
            r.Target is null ? "" : $"{r.Target} {(r.Target.IsMet(r) ? "MET" : "MISSED")}",
        })];
        int[] widths = [.. Enumerable.Range(0, header.Length).Select(i => lines.Max(l => l[i].Length))];
        var text = new StringBuilder();
        foreach (string[] line in lines)
        {
            for (int i = 0; i < line.Length; i++)
            {
                bool numeric = i is 1 or 3 or 4;
                text.Append(numeric ? line[i].PadLeft(widths[i]) : line[i].PadRight(widths[i])).Append("  ");
            }

            text.Length -= 2;
            text.Append('\n');
        }

        return text.ToString().Replace(" \n", "\n", StringComparison.Ordinal);
    }

    public static string Json(IReadOnlyList<BenchResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (BenchResult r in results)
            {
                writer.WriteStartObject();
                writer.WriteString("name", r.Name);
                writer.WriteNumber("value", Math.Round(r.Value, 4));
                writer.WriteString("unit", r.Unit);
                WriteOptional(writer, "baseline", r.Baseline);
                WriteOptional(writer, "ratio", r.Ratio);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            writer.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Number(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
