using System.Text.Json;

namespace Schwab.Core.Tests.Simulator;

/// <summary>Every JSON property path a real Schwab fixture has must be present in the simulator's answer.</summary>
public sealed class SimulatorFidelityTests
{
    private static JsonElement Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name))).RootElement.Clone();

    private static void AssertNoneMissing(string fixture, JsonElement served, Func<string, bool> dynamicKeys)
    {
        var missing = JsonPaths.Missing(Fixture(fixture), served, dynamicKeys);
        Assert.True(missing.Count == 0, $"simulator omits paths that {fixture} has: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Chains_SpxSingleExpiry_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        var served = await host.GetJsonAsync("/marketdata/v1/chains?symbol=%24SPX&contractType=ALL&strikeCount=20&fromDate=2026-11-25&toDate=2026-11-25");
        AssertNoneMissing("chains_spx.json", served,
            JsonPaths.Maps("$.callExpDateMap", "$.putExpDateMap", "$.callExpDateMap.*", "$.putExpDateMap.*"));
        Assert.Equal(80, served.GetProperty("numberOfContracts").GetInt32());
    }

    [Fact]
    public async Task Quotes_Equity_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        AssertNoneMissing("quote_equity_nvda.json", await host.GetJsonAsync("/marketdata/v1/quotes?symbols=NVDA"), JsonPaths.Maps("$"));
    }

    [Fact]
    public async Task Quotes_Index_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        AssertNoneMissing("quote_index_spx.json", await host.GetJsonAsync("/marketdata/v1/quotes?symbols=%24SPX"), JsonPaths.Maps("$"));
    }

    [Fact]
    public async Task SingleQuote_IndexPath_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        AssertNoneMissing("quote_index_spx.json", await host.GetJsonAsync("/marketdata/v1/%24SPX/quotes"), JsonPaths.Maps("$"));
    }

    [Fact]
    public async Task PriceHistory_Daily_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        AssertNoneMissing("pricehistory_daily_spy.json",
            await host.GetJsonAsync("/marketdata/v1/pricehistory?symbol=SPY&periodType=month&period=1&frequencyType=daily"), JsonPaths.Maps());
    }

    [Fact]
    public async Task Account_WithPositions_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        string hash = await host.FirstAccountHashAsync();
        AssertNoneMissing("account_margin_positions.json", await host.GetJsonAsync($"/trader/v1/accounts/{hash}?fields=positions"), JsonPaths.Maps());
    }

    [Fact]
    public async Task Transactions_Trades_HaveEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        string hash = await host.FirstAccountHashAsync();
        var served = await host.GetJsonAsync(
            $"/trader/v1/accounts/{hash}/transactions?startDate=2026-11-24T00:00:00.000Z&endDate=2026-11-25T00:00:00.000Z&types=TRADE");
        Assert.Equal(2, served.GetArrayLength());
        AssertNoneMissing("transactions.json", served, JsonPaths.Maps());
    }

    [Fact]
    public async Task UserPreference_HasEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        var served = await host.GetJsonAsync("/trader/v1/userPreference");
        AssertNoneMissing("user_preference.json", served, JsonPaths.Maps());
        Assert.Equal(host.Simulator.StreamerUrl.ToString(), served.GetProperty("streamerInfo")[0].GetProperty("streamerSocketUrl").GetString());
    }

    [Fact]
    public async Task ExpirationChainAndMovers_HaveEveryFixturePath()
    {
        await using var host = await SimulatorHost.StartAsync();
        AssertNoneMissing("expiration_chain_spy.json", await host.GetJsonAsync("/marketdata/v1/expirationchain?symbol=%24SPX"), JsonPaths.Maps());
        AssertNoneMissing("movers.json", await host.GetJsonAsync("/marketdata/v1/movers/%24SPX?sort=VOLUME"), JsonPaths.Maps());
    }

    [Fact]
    public void JsonPaths_MissingProperty_IsReported()
    {
        var fixture = JsonDocument.Parse("""{"a":{"b":1,"c":[{"d":2}]}}""").RootElement;
        var served = JsonDocument.Parse("""{"a":{"b":1,"c":[{"e":2}]}}""").RootElement;
        Assert.Equal(["$.a.c[].d"], JsonPaths.Missing(fixture, served, JsonPaths.Maps()));
    }
}
