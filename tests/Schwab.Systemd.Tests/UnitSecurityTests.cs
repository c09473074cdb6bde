using System.Globalization;
using System.Text.RegularExpressions;
using Schwab.Testing.Systemd;
using Xunit.Abstractions;

namespace Schwab.Systemd.Tests;

/// <summary><c>systemd-analyze security</c> on every production unit as installed (network drop-in included) must rate 2.0 or lower.</summary>
[Collection(SystemdCollection.Name)]
public sealed partial class UnitSecurityTests(SystemdFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string> Services => new(
        Directory.GetFiles(Repository.PathOf("systemd"), "*.service").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(name => name!.Replace("@.service", "@schwab-chains.service.service", StringComparison.Ordinal)));

    [SkippableTheory]
    [MemberData(nameof(Services))]
    public async Task AnalyzeSecurity_ProductionUnit_RatesTwoOrLower(string unit)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

        CommandResult result = await fixture.Systemd.RunAsync("systemd-analyze", "security", "--no-pager", unit);

        Match overall = OverallExposure().Match(result.Stdout);
        Assert.True(overall.Success, $"no 'Overall exposure level' line for {unit}:\n{result}");
        Assert.Equal(unit, overall.Groups["unit"].Value);
        decimal exposure = decimal.Parse(overall.Groups["score"].Value, CultureInfo.InvariantCulture);
        output.WriteLine($"{unit}: exposure {exposure}");
        Assert.True(exposure <= 2.0m, $"{unit} rates {exposure}, above 2.0:\n{result.Stdout}");
    }

    [GeneratedRegex(@"Overall exposure level for (?<unit>\S+): (?<score>\d+\.\d+)")]
    private static partial Regex OverallExposure();
}
