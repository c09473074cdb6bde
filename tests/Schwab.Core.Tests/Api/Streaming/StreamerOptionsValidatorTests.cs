using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new StreamerOptionsValidator().Validate(null, new StreamerOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BadValues_ListsEveryFailureStartingWithItsKey()
    {
        var options = new StreamerOptions
        {
            AckTimeout = TimeSpan.Zero,
            LoginTimeout = TimeSpan.FromSeconds(-1),
            BackoffBase = TimeSpan.FromSeconds(10),
            BackoffMax = TimeSpan.FromSeconds(5),
            UpdateBufferCapacity = 0,
        };
        options.ServiceCaps["LEVELONE_OPTIONS"] = 0;

        ValidateOptionsResult result = new StreamerOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "Streamer:AckTimeout: must be positive",
                "Streamer:LoginTimeout: must be positive",
                "Streamer:BackoffMax: must be at least Streamer:BackoffBase (00:00:10)",
                "Streamer:UpdateBufferCapacity: must be at least 1",
                "Streamer:ServiceCaps:LEVELONE_OPTIONS: must be at least 1",
            ],
            result.Failures);
    }

    [Fact]
    public void AddSchwabStreaming_InvalidConfiguration_FailsOnFirstUseNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Streamer:AckTimeout"] = "-00:00:01" })
            .Build());
        services.AddSchwabStreaming();
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StreamerOptions>>().Value);

        Assert.Contains("Streamer:AckTimeout: must be positive", error.Failures);
    }

    [Fact]
    public void CapFor_ConfiguredAndDefaultServices_ReturnsCaps()
    {
        var options = new StreamerOptions();

        Assert.Equal(3000, options.CapFor("LEVELONE_OPTIONS"));
        Assert.Equal(300, options.CapFor("CHART_EQUITY"));
        Assert.Equal(500, options.CapFor("LEVELONE_EQUITIES"));
    }
}
