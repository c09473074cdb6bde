using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Schwab.Core.Api;
using Schwab.Core.Domain;
using Schwab.Simulator;

namespace Schwab.Benchmarks;

/// <summary>
/// The simulator's real <c>/marketdata/v1/chains</c> body for $SPX, DTE 0–30, strikeCount 200, fetched once over loopback
/// HTTP (seed 7, clock fixed at Tuesday 2026-11-24 10:30 New York) and written to a file.
/// </summary>
internal sealed record ChainBodyFile(string Path, long Bytes, int Contracts)
{
    public static readonly DateTimeOffset At = new(2026, 11, 24, 15, 30, 0, TimeSpan.Zero);

    public static async Task<ChainBodyFile> CreateAsync(string path, CancellationToken cancellationToken)
    {
        var options = new SimulatorOptions { Port = 0, Seed = 7, Time = new FakeTimeProvider(At), GzipResponses = false };
        await using (SchwabSimulator simulator = await SchwabSimulator.StartAsync(options, cancellationToken))
        using (var http = new HttpClient { BaseAddress = simulator.BaseUrl })
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.IssueTokens().AccessToken);
            string query = "/marketdata/v1/chains?symbol=%24SPX&contractType=ALL&strikeCount=200&includeUnderlyingQuote=true"
                + "&fromDate=2026-11-24&toDate=2026-12-24";
            using HttpResponseMessage response = await http.GetAsync(new Uri(query, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            await using FileStream file = File.Create(path);
            await response.Content.CopyToAsync(file, cancellationToken);
        }

        int contracts = 0;
        await using (FileStream body = OpenRead(path))
        {
            await OptionChainParser.ParseAsync(body, "$SPX", (batch, _) =>
            {
                contracts += batch.Count;
                return ValueTask.CompletedTask;
            }, cancellationToken);
        }

        return new ChainBodyFile(path, new FileInfo(path).Length, contracts);
    }

    /// <summary>Opens the body unbuffered (the parser reads 64 KB chunks itself).</summary>
    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    public FileStream OpenRead() => OpenRead(Path);

    /// <summary>Parses the body into a list (for baselines that need the rows ready-made).</summary>
    public async Task<IReadOnlyList<OptionContract>> ReadContractsAsync(CancellationToken cancellationToken)
    {
        await using FileStream body = OpenRead();
        return (await OptionChainParser.ParseToListAsync(body, "$SPX", cancellationToken)).Contracts;
    }
}
