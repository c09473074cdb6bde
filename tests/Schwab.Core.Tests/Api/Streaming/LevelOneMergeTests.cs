using System.Text.Json;
using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class LevelOneMergeTests
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_RealAaplChangeStream_KeepsEarlierFieldsAndAppliesChanges()
    {
        var feed = new Feed();
        LevelOneUpdate first = feed.Apply(StreamerFrames.AaplFirst).Single();
        LevelOneUpdate second = feed.Apply(StreamerFrames.AaplSecond).Single();

        Assert.Equal([1, 2, 3, 4, 5, 8, 10], first.ChangedFields.ToArray());
        Assert.Equal([3, 8], second.ChangedFields.ToArray());
        LevelOneSnapshot state = second.State;
        Assert.Equal("AAPL", state.Key);
        Assert.Equal("LEVELONE_EQUITIES", state.Service);
        Assert.Equal(233.22m, state.Bid);
        Assert.Equal(233.33m, state.Ask);
        Assert.Equal(233.31m, state.Last);
        Assert.Equal(1L, state.BidSize);
        Assert.Equal(3L, state.AskSize);
        Assert.Equal(69783236L, state.TotalVolume);
        Assert.Equal(235m, state[10].AsDecimal());
        Assert.Equal("AAPL", state[0].AsString());
        Assert.False(state.Delayed);
        Assert.Equal("EQUITY", state.AssetMainType);
        Assert.Equal("COE", state.AssetSubType);
        Assert.Equal("037833100", state.Cusip);
        Assert.Null(state.Mark);
        Assert.Null(state.Delta);
    }

    [Fact]
    public void Merge_LaterDelta_LeavesEarlierSnapshotUnchanged()
    {
        var feed = new Feed();
        LevelOneSnapshot before = feed.Apply(StreamerFrames.AaplFirst).Single().State;

        LevelOneSnapshot after = feed.Apply(StreamerFrames.AaplSecond).Single().State;

        Assert.Equal(233.3m, before.Last);
        Assert.Equal(69783235L, before.TotalVolume);
        Assert.Equal(233.31m, after.Last);
        Assert.NotSame(before, after);
    }

    [Fact]
    public void Merge_OptionStream_MergesGreeksTimesAndUnderlying()
    {
        const string Key = "SPXW  251208C06880000";
        var feed = new Feed();
        feed.Apply($$$"""{"data":[{"service":"LEVELONE_OPTIONS","timestamp":1765082498588,"command":"SUBS","content":[{"key":"{{{Key}}}","delayed":false,"assetMainType":"OPTION","1":"SPXW 12/08/2025 6880.00 C","2":10.2,"3":10.6,"4":10.6,"8":7961,"9":1200,"10":18.658,"16":7,"17":9,"20":6880,"28":0.509,"29":0.002,"30":-3.454,"31":3.928,"32":0.852,"35":6871.25,"37":10.4,"38":1765082498000,"39":1765082400000}]}]}""");
        LevelOneUpdate update = feed.Apply($$$"""{"data":[{"service":"LEVELONE_OPTIONS","timestamp":1765082499000,"command":"SUBS","content":[{"key":"{{{Key}}}","2":10.3,"28":0.5123,"29":-999,"35":6872.5,"99":1,"seq":5,"newThing":"x"}]}]}""").Single();

        LevelOneSnapshot s = update.State;
        Assert.Equal([2, 28, 29, 35], update.ChangedFields.ToArray());
        Assert.Equal(2, update.Sequence);
        Assert.Equal("SPXW 12/08/2025 6880.00 C", s.Description);
        Assert.Equal(10.3m, s.Bid);
        Assert.Equal(10.6m, s.Ask);
        Assert.Equal(10.6m, s.Last);
        Assert.Equal(10.4m, s.Mark);
        Assert.Equal(7L, s.BidSize);
        Assert.Equal(9L, s.AskSize);
        Assert.Equal(7961L, s.TotalVolume);
        Assert.Equal(1200L, s.OpenInterest);
        Assert.Equal(18.658m, s.Volatility);
        Assert.Equal(0.5123m, s.Delta);
        Assert.Null(s.Gamma); // -999 sentinel
        Assert.Equal(-999m, s[29].AsDecimal());
        Assert.Equal(-3.454m, s.Theta);
        Assert.Equal(3.928m, s.Vega);
        Assert.Equal(0.852m, s.Rho);
        Assert.Equal(6872.5m, s.UnderlyingPrice);
        Assert.Equal(6880m, s[20].AsDecimal());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1765082498000), s.QuoteTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1765082400000), s.TradeTime);
        Assert.Equal("OPTION", s.AssetMainType);
        Assert.False(s[99].HasValue);
    }

    [Fact]
    public void Merge_SeveralKeysAndExponentNumbers_KeepsSeparateStateAndSequences()
    {
        var feed = new Feed();
        List<LevelOneUpdate> updates = feed.Apply("""{"data":[{"service":"LEVELONE_EQUITIES","timestamp":1,"content":[{"key":"SPY","1":5.7458E-4},{"key":"$SPX","3":6871.25},{"key":"SPY","2":1}]}]}""");

        Assert.Equal(["SPY", "$SPX", "SPY"], updates.Select(u => u.Key));
        Assert.Equal([1L, 1L, 2L], updates.Select(u => u.Sequence));
        Assert.Equal(0.00057458m, updates[2].State.Bid);
        Assert.Equal(1m, updates[2].State.Ask);
        Assert.Null(updates[1].State.Bid);
    }

    [Fact]
    public void FieldMaps_CoverTheDocumentedTables()
    {
        Assert.Equal(52, LevelOneFieldMap.Equities.Fields.Length);
        Assert.Equal(56, LevelOneFieldMap.Options.Fields.Length);
        Assert.All(LevelOneFieldMap.Equities.Fields, (f, i) => Assert.Equal(i, f.Number));
        Assert.All(LevelOneFieldMap.Options.Fields, (f, i) => Assert.Equal(i, f.Number));
        Assert.Equal(33, LevelOneFieldMap.Equities.Find("MarkPrice"));
        Assert.Equal(LevelOneValueType.EpochMilliseconds, LevelOneFieldMap.Equities.Fields[35].Type);
        Assert.Equal(20, LevelOneFieldMap.Options.Find("StrikePrice"));
        Assert.Equal(37, LevelOneFieldMap.Options.Find("MarkPrice"));
        Assert.Equal("ExerciseType", LevelOneFieldMap.Options.Fields[55].Name);
        Assert.Equal(LevelOneValueType.Count, LevelOneFieldMap.Options.Fields[9].Type);
        Assert.Null(LevelOneFieldMap.For("CHART_EQUITY"));
    }

    private sealed class Feed
    {
        private readonly LevelOneStateCache _cache = new();
        private readonly LevelOneItemReader _reader = new();

        public List<LevelOneUpdate> Apply(string frame)
        {
            using JsonDocument document = JsonDocument.Parse(frame);
            List<LevelOneUpdate> updates = [];
            foreach (JsonElement item in document.RootElement.GetProperty("data").EnumerateArray())
            {
                LevelOneFieldMap map = LevelOneFieldMap.For(item.GetProperty("service").GetString())!;
                foreach (JsonElement entry in item.GetProperty("content").EnumerateArray())
                {
                    Assert.True(_reader.TryRead(entry, map, out string key, out ReadOnlySpan<LevelOneFieldChange> changes, out LevelOneExtras extras));
                    updates.Add(_cache.Merge(map, key, changes, extras, s_at, null));
                }
            }

            return updates;
        }
    }
}
