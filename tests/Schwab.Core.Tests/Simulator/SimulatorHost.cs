using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Schwab.Simulator;

namespace Schwab.Core.Tests.Simulator;

/// <summary>A started simulator on fake time plus an authorised HttpClient (automatic gzip decompression on).</summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    /// <summary>Tuesday 2026-11-24 11:00 ET: order 1 filled, the OCO working, a credit spread open.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 24, 16, 0, 0, TimeSpan.Zero);

    private SimulatorHost(SchwabSimulator simulator, FakeTimeProvider time, HttpClient client, string accessToken)
    {
        Simulator = simulator;
        Time = time;
        Client = client;
        AccessToken = accessToken;
    }

    public SchwabSimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public string AccessToken { get; }

    public static async Task<SimulatorHost> StartAsync(DateTimeOffset? start = null, Action<SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(start ?? DefaultStart);
        var options = new SimulatorOptions { Time = time };
        configure?.Invoke(options);
        var simulator = await SchwabSimulator.StartAsync(options);
        var (access, _) = simulator.IssueTokens();
        var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip }) { BaseAddress = simulator.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return new SimulatorHost(simulator, time, client, access);
    }

    public async Task<JsonElement> GetJsonAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{pathAndQuery} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<string> FirstAccountHashAsync() =>
        (await GetJsonAsync("/trader/v1/accounts/accountNumbers"))[0].GetProperty("hashValue").GetString()!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
