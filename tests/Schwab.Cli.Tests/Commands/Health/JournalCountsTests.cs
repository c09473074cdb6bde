using System.Text.Json.Nodes;
using Schwab.Cli.Commands.Health;

namespace Schwab.Cli.Tests.Commands.Health;

public sealed class JournalCountsTests
{
    // 72 entries journalctl printed in the private systemd after schwab.target started, schwab-ohlc was stopped and a
    // test unit (schwab-tokens-newschema) failed its start-up checks: two error entries of its own and systemd's "Failed to start".
    private static readonly string s_sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Commands", "Health", "journalctl-sample.json"));

    [Fact]
    public void Parse_RealJournalctlOutput_CountsErrorEntriesPerUnit()
    {
        JournalCounts counts = JournalCounts.Parse(s_sample);

        Assert.Equal(72, counts.Entries);
        Assert.Equal(0, counts.Unreadable);
        Assert.Equal(3, counts.Errors);
        Assert.Equal(new Dictionary<string, int> { ["schwab-tokens-newschema.service"] = 3 }, counts.ErrorsByUnit);
        Assert.Equal(0, counts.RateLimited);
    }

    [Fact]
    public void Parse_RateLimitedEntries_CountedByEventOrStableText()
    {
        // A real entry of schwab-transactions, rewritten as the REST client logs a 429, in each form journalctl may print it.
        JsonObject real = JsonNode.Parse(CliRunner.Lines(s_sample).First(l => l.Contains("\"EVENT_ID\":\"2504\"", StringComparison.Ordinal)))!.AsObject();
        string message = "429 rate limited by Schwab on MAIN_DATA GET /marketdata/v1/quotes, retry after 00:00:02";
        string byEvent = With(real, ("EVENT_ID", "1300"), ("EVENT_NAME", "RateLimited"), ("PRIORITY", "4"), ("MESSAGE", message));
        string byBytes = With(real, ("EVENT_ID", null), ("EVENT_NAME", null), ("PRIORITY", "4"), ("MESSAGE", new JsonArray([.. System.Text.Encoding.UTF8.GetBytes(message).Select(b => (JsonNode)(int)b)])));
        string otherLibrary = With(real, ("EVENT_ID", "1300"), ("EVENT_NAME", "SomethingElse"), ("PRIORITY", "6"), ("MESSAGE", "unrelated"));

        JournalCounts counts = JournalCounts.Parse(string.Join('\n', byEvent, byBytes, otherLibrary, "not json"));

        Assert.Equal(2, counts.RateLimited);
        Assert.Equal(new Dictionary<string, int> { ["schwab-transactions.service"] = 2 }, counts.RateLimitedByUnit);
        Assert.Equal(0, counts.Errors);
        Assert.Equal(3, counts.Entries);
        Assert.Equal(1, counts.Unreadable);
    }

    [Fact]
    public void Evaluate_ThresholdsFromSettings_WarnAtTheirCounts()
    {
        var options = new Schwab.Core.Configuration.HealthOptions { JournalErrorsWarning = 3, Journal429Warning = 1 };
        var context = new HealthContext(HealthScene.InSession, options, new SystemdView(null, "test"), []);

        IReadOnlyList<HealthCheck> checks = JournalChecks.Evaluate(context, JournalCounts.Parse(s_sample));

        Assert.Equal(HealthStatus.Warning, checks[0].Status);
        Assert.Equal("3 errors in the last 60 min (schwab-tokens-newschema.service 3)", checks[0].Detail);
        Assert.Equal((HealthStatus.Ok, "journal:429"), (checks[1].Status, checks[1].Key));
    }

    private static string With(JsonObject entry, params (string Field, JsonNode? Value)[] fields)
    {
        var copy = entry.DeepClone().AsObject();
        foreach ((string field, JsonNode? value) in fields)
        {
            copy.Remove(field);
            if (value is not null)
            {
                copy[field] = value.DeepClone();
            }
        }

        return copy.ToJsonString();
    }
}
