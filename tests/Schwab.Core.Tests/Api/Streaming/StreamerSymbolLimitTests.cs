using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerSymbolLimitTests
{
    [Theory]
    [InlineData("You've reached the maximum number of symbols allowed.  (LEVELONE_OPTIONS=3000, DISCARDED=1363)", "LEVELONE_OPTIONS", 3000, 1363)]
    [InlineData("You've reached the maximum number of symbols allowed.  (CHART_EQUITY=300, DISCARDED=250)", "CHART_EQUITY", 300, 250)]
    public void Parse_SchwabMessage_ReadsServiceCapAndDiscarded(string message, string service, int cap, int discarded)
    {
        StreamerSymbolLimit limit = StreamerSymbolLimit.Parse("LEVELONE_EQUITIES", message);

        Assert.Equal((service, cap, discarded), (limit.Service, limit.Cap, limit.Discarded));
    }

    [Fact]
    public void Parse_UnexpectedText_KeepsServiceAndMessageWithoutCounts()
    {
        StreamerSymbolLimit limit = StreamerSymbolLimit.Parse("LEVELONE_OPTIONS", "limit reached");

        Assert.Equal(new StreamerSymbolLimit("LEVELONE_OPTIONS", null, null, "limit reached"), limit);
    }
}
