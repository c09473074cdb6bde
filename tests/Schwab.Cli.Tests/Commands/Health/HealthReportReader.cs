using System.Text.Json;

namespace Schwab.Cli.Tests.Commands.Health;

/// <summary>Reads <c>schwabctl health --json</c> output: the overall status and each check by key.</summary>
internal sealed record HealthReportReader(string Status, IReadOnlyList<HealthReportReader.Check> Checks)
{
    public sealed record Check(string Name, string Key, string Status, string Detail, JsonElement Values);

    public static HealthReportReader Parse(string output)
    {
        using JsonDocument json = JsonDocument.Parse(Assert.Single(CliRunner.Lines(output)));
        JsonElement root = json.RootElement;
        Check[] checks =
        [
            .. root.GetProperty("checks").EnumerateArray().Select(c => new Check(
                c.GetProperty("name").GetString()!, c.GetProperty("key").GetString()!, c.GetProperty("status").GetString()!,
                c.GetProperty("detail").GetString()!, c.GetProperty("values").Clone())),
        ];
        return new HealthReportReader(root.GetProperty("status").GetString()!, checks);
    }

    public Check this[string key] => Checks.Single(c => c.Key == key);

    /// <summary>The keys of every check that is not ok.</summary>
    public IReadOnlyList<string> Problems => [.. Checks.Where(c => c.Status != "ok").Select(c => c.Key)];
}
