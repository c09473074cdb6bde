using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration;
using Schwab.Core.Configuration.Daemons;

namespace Schwab.Core.Tests.Configuration;

public sealed class ConfigurationProblemsTests
{
    private static (IServiceCollection Services, ServiceProvider Provider, IConfiguration Configuration) Build(string json)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSchwabSettings();
        return (services, services.BuildServiceProvider(), configuration);
    }

    private static IReadOnlyList<string> Problems(string json)
    {
        var (services, provider, configuration) = Build(json);
        using (provider)
        {
            return ConfigurationProblems.Collect(services, provider, configuration);
        }
    }

    [Fact]
    public void Collect_Defaults_NoProblems()
    {
        Assert.Empty(Problems("{}"));
    }

    [Fact]
    public void Collect_ErrorsInSeveralSections_ReportsEveryOneWithItsKey()
    {
        IReadOnlyList<string> problems = Problems("""
            {
              "Chains": { "StrikeCount": 0 },
              "Transactions": { "SessionInterval": "-00:00:10", "OffSessionInterval": "00:00:00" },
              "Stream": { "Step": -5 }
            }
            """);

        Assert.Contains(problems, p => p.StartsWith("Chains:StrikeCount:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Transactions:SessionInterval:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Transactions:OffSessionInterval:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Stream:Step:", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void Collect_MisspelledKey_ReportedAsUnknownSetting()
    {
        IReadOnlyList<string> problems = Problems("""{ "Ohlc": { "MinuteDay": 5 } }""");

        string problem = Assert.Single(problems);
        Assert.StartsWith("Ohlc:MinuteDay: is not a known setting", problem, StringComparison.Ordinal);
        Assert.Contains("MinuteDays", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_ValueThatDoesNotConvert_NamesKeyValueAndExpectedForm()
    {
        IReadOnlyList<string> problems = Problems("""{ "Balances": { "Times": [ "09:00", "25:00" ] } }""");

        string problem = Assert.Single(problems);
        Assert.StartsWith("Balances:Times:1:", problem, StringComparison.Ordinal);
        Assert.Contains("'25:00'", problem, StringComparison.Ordinal);
        Assert.Contains("time of day", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ListInSettings_ReplacesDefaultInsteadOfAppending()
    {
        var (_, provider, _) = Build("""{ "Chains": { "Symbols": [ "$XSP" ] }, "Ohlc": { } }""");
        using (provider)
        {
            Assert.Equal(["$XSP"], provider.GetRequiredService<IOptions<ChainsOptions>>().Value.Symbols);
            Assert.Equal(["$SPX", "$VIX"], provider.GetRequiredService<IOptions<OhlcOptions>>().Value.Symbols);
        }
    }

    [Fact]
    public void Bind_DefaultCadences_MatchTheSpecSchedules()
    {
        var (_, provider, _) = Build("{}");
        using (provider)
        {
            ChainsOptions chains = provider.GetRequiredService<IOptions<ChainsOptions>>().Value;

            Assert.Collection(
                chains.Cadences,
                c => Assert.Equal(("1min", TimeSpan.FromMinutes(1), 0, 0), (c.Name, c.Every, c.MinDte, c.MaxDte)),
                c => Assert.Equal(("5min", TimeSpan.FromMinutes(5), 0, 7), (c.Name, c.Every, c.MinDte, c.MaxDte)),
                c => Assert.Equal(("30min", TimeSpan.FromMinutes(30), 8, 30), (c.Name, c.Every, c.MinDte, c.MaxDte)));
        }
    }

    [Fact]
    public void Collect_AlertsEnabledWithoutRecipients_ReportsWhatIsMissing()
    {
        IReadOnlyList<string> problems = Problems("""{ "Alerts": { "Enabled": true, "From": "not-an-address" } }""");

        Assert.Contains(problems, p => p.StartsWith("Alerts:SmtpHost: is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Alerts:From:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Alerts:To:", StringComparison.Ordinal));
    }

    [Fact]
    public void Collect_CadenceThatDoesNotDivideTheDay_Refused()
    {
        IReadOnlyList<string> problems = Problems("""{ "Chains": { "Cadences": [ { "Name": "7min", "Every": "00:07:00", "MinDte": 0, "MaxDte": 1 } ] } }""");

        Assert.Contains(problems, p => p.StartsWith("Chains:Cadences:0:Every: must divide a day evenly", StringComparison.Ordinal));
    }
}
