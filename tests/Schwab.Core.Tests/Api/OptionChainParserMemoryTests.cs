using System.Text;
using System.Text.Json;
using Schwab.Core.Api;
using Schwab.Core.Domain;

namespace Schwab.Core.Tests.Api;

public sealed class OptionChainParserMemoryTests
{
    [Fact]
    public async Task ParseAsync_TwentyMegabyteChain_AllocatesFarLessThanTheBody()
    {
        byte[] body = BuildLargeChain(targetBytes: 20 * 1024 * 1024, out int expectedContracts);
        int seen = 0;
        ValueTask Count(IReadOnlyList<OptionContract> batch, CancellationToken ct)
        {
            seen += batch.Count;
            return ValueTask.CompletedTask;
        }

        // Warm up (JIT, pools) on the real fixture, then measure one large parse on this thread: MemoryStream reads
        // complete synchronously, so the whole parse runs here.
        await OptionChainParser.ParseAsync(Fixture.Stream("chains_spx.json"), "$SPX", Count, CancellationToken.None);
        seen = 0;
        using var stream = new MemoryStream(body, writable: false);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Task<OptionChainSummary> parse = OptionChainParser.ParseAsync(stream, "$SPX", Count, CancellationToken.None);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        OptionChainSummary summary = await parse;

        Assert.True(parse.IsCompletedSuccessfully);
        Assert.Equal(expectedContracts, seen);
        Assert.Equal(expectedContracts, summary.ContractCount);
        Assert.True(allocated < body.Length / 2, $"allocated {allocated:N0} bytes for a {body.Length:N0}-byte body");
    }

    private static byte[] BuildLargeChain(int targetBytes, out int contracts)
    {
        using JsonDocument fixture = JsonDocument.Parse(Fixture.Bytes("chains_spx.json"));
        JsonElement strikes = fixture.RootElement.GetProperty("callExpDateMap").GetProperty("2025-05-20:9");
        string[] templates = [.. strikes.EnumerateObject().Select(p => p.Value.GetRawText())];
        var sb = new StringBuilder(targetBytes + 64 * 1024);
        sb.Append("""{"symbol":"$SPX","status":"SUCCESS","underlyingPrice":5659.91,"callExpDateMap":{""");
        contracts = 0;
        for (int day = 0; sb.Length < targetBytes; day++)
        {
            sb.Append(day == 0 ? "" : ",").Append('"').Append(new DateOnly(2025, 5, 20).AddDays(day).ToString("yyyy-MM-dd", null)).Append(':').Append(day).Append("\":{");
            for (int i = 0; i < templates.Length; i++, contracts++)
            {
                sb.Append(i == 0 ? "" : ",").Append('"').Append(5000 + i * 5).Append(".0\":").Append(templates[i]);
            }

            sb.Append('}');
        }

        sb.Append("""},"putExpDateMap":{}}""");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
