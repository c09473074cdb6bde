using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Testing;
using Schwab.Core.Api.Auth;

namespace Schwab.Core.Tests.Api;

public sealed class SchwabApiOptionsValidatorTests
{
    private static IOptions<SchwabApiOptions> Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<IAccessTokenSource>(new FakeAccessTokenSource());
        services.AddSchwabApi();
        return services.BuildServiceProvider().GetRequiredService<IOptions<SchwabApiOptions>>();
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedAtOnceWithItsFullKey()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Schwab:Apps:MAIN_DATA:ClientId"] = "id",
            ["Schwab:Apps:MAIN_DATA:BaseUrl"] = "ftp://nope",
            ["Schwab:Apps:MAIN_DATA:RequestsPerMinute"] = "0",
            ["Schwab:Apps:MAIN_TRADE:ClientSecret"] = "s",
            ["Schwab:Apps:MAIN_TRADE:RedirectUri"] = "not a url",
            ["Schwab:DataApp"] = "MAIN_DATA",
            ["Schwab:TradeApp"] = "OTHER",
            ["Schwab:RequestTimeout"] = "00:00:00",
        }).Value);

        Assert.Equal(
            [
                "Schwab:Apps:MAIN_DATA:ClientSecret: is required (set Schwab__Apps__MAIN_DATA__ClientSecret in the environment file)",
                "Schwab:Apps:MAIN_DATA:BaseUrl: must be an absolute http or https URL",
                "Schwab:Apps:MAIN_DATA:RequestsPerMinute: must be between 1 and 10000",
                "Schwab:Apps:MAIN_TRADE:ClientId: is required (set Schwab__Apps__MAIN_TRADE__ClientId in the environment file)",
                "Schwab:Apps:MAIN_TRADE:RedirectUri: must be an absolute http or https URL",
                "Schwab:TradeApp: names app 'OTHER', which is not configured under Schwab:Apps",
                "Schwab:RequestTimeout: must be between 00:00:01 and 00:10:00",
            ],
            ex.Failures);
        Assert.DoesNotContain(ex.Failures, f => f.Contains("=s", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoApps_SaysWhereToConfigureThem()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve([]).Value);

        Assert.Contains("Schwab:Apps: at least one app must be configured (e.g. Schwab:Apps:MAIN_DATA)", ex.Failures);
    }

    [Fact]
    public void Bind_ValidSettings_FillsNamesDefaultsAndResilience()
    {
        SchwabApiOptions options = Resolve(new()
        {
            ["Schwab:Apps:main_data:ClientId"] = "id",
            ["Schwab:Apps:main_data:ClientSecret"] = "secret",
            ["Schwab:DataApp"] = "MAIN_DATA",
            ["Schwab:TradeApp"] = "MAIN_DATA",
            ["Schwab:Resilience:MaxRetryAttempts"] = "5",
        }).Value;

        SchwabAppOptions app = options.GetApp("MAIN_DATA");
        Assert.Equal(("main_data", "https://api.schwabapi.com", 120), (app.Name, app.BaseUrl, app.RequestsPerMinute));
        Assert.Equal((5, TimeSpan.FromSeconds(30)), (options.Resilience.MaxRetryAttempts, options.RequestTimeout));
        var ex = Assert.Throws<InvalidOperationException>(() => options.GetApp("NOPE"));
        Assert.Equal("Schwab:Apps:NOPE: is not configured", ex.Message);
    }
}
