using System.Text.Json;
using Schwab.Core.Api.Mapping;
using Schwab.Core.Api.Models;
using Schwab.Core.Domain;

namespace Schwab.Core.Tests.Api;

/// <summary>Every real body in Fixtures/ parses into the wire DTOs and maps to the domain with the file's values.</summary>
public sealed class FixtureParsingTests
{
    private static T Parse<T>(string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        JsonSerializer.Deserialize(Fixture.Bytes(file), info)!;

    [Fact]
    public void Account_MarginWithPositions_MapsBalancesPositionsAndAggregate()
    {
        AccountEnvelopeDto dto = Parse("account_margin_positions.json", SchwabJsonContext.Default.AccountEnvelopeDto);

        Account account = AccountMapper.ToAccount(dto, "HASH1");

        Assert.Equal(("HASH1", "MARGIN", 0), (account.AccountHash, account.Type, account.RoundTrips));
        Assert.Equal(10, account.Positions.Count);
        Position longPut = account.Positions[0];
        Assert.Equal(("META  250131P00510000", "OPTION", "PUT", "META"), (longPut.Symbol, longPut.AssetType, longPut.PutCall, longPut.UnderlyingSymbol));
        Assert.Equal((1m, 0m, 1.7466m, 44.5m, -130.16m), (longPut.LongQuantity, longPut.ShortQuantity, longPut.AveragePrice, longPut.MarketValue, longPut.LongOpenProfitLoss));
        Position shortPut = account.Positions[1];
        Assert.Equal((1m, -75.0m, 2.78m), (shortPut.ShortQuantity, shortPut.MarketValue, shortPut.AverageShortPrice));
        Assert.Equal(-1.0m, dto.SecuritiesAccount!.Positions![1].SettledShortQuantity);
        Assert.Equal((50875.56m, 177461.48m, false), (account.InitialBalances!.AccountValue, dto.SecuritiesAccount.InitialBalances!.BondValue, account.InitialBalances.IsInCall));
        Assert.Equal((44426.52m, 88853.04m, BalanceKind.Current), (account.CurrentBalances!.Sma, account.CurrentBalances.BuyingPower, account.CurrentBalances.Kind));
        Assert.Equal((88853.04m, false), (account.ProjectedBalances!.StockBuyingPower, account.ProjectedBalances.IsInCall));
        Assert.Equal(51434.86m, account.AggregatedLiquidationValue);
    }

    [Fact]
    public void Transactions_PlusZeroZeroOffsets_ParseToUtcInstants()
    {
        List<JsonElement> elements = Parse("transactions.json", SchwabJsonContext.Default.ListJsonElement);

        List<AccountTransaction> transactions = [.. elements.Select(OrderMapper.ToTransaction)];

        Assert.Equal(12, transactions.Count);
        AccountTransaction first = transactions[0];
        Assert.Equal((90957056499L, "TRADE", "VALID", "MARGIN", 1111111111111L, -1052.82m), (first.ActivityId, first.Type, first.Status, first.SubAccount, first.OrderId, first.NetAmount));
        Assert.Equal(new DateTimeOffset(2025, 1, 14, 5, 15, 12, TimeSpan.Zero), first.Time);
        Assert.Equal(TimeSpan.Zero, first.Time!.Value.Offset);
        Assert.Equal(9, first.TransferItems.Count);
        Assert.Equal(("CURRENCY_USD", 2.25m, -2.25m, "COMMISSION"), (first.TransferItems[0].Symbol, first.TransferItems[0].Amount, first.TransferItems[0].Cost, first.TransferItems[0].FeeType));
        TransferItem option = first.TransferItems[8];
        Assert.Equal(("/ESH25_P5050:XCME", 1m, -1050m, 21m, "OPENING"), (option.Symbol, option.Amount, option.Cost, option.Price, option.PositionEffect));
        Assert.Contains("\"activityId\": 90957056499", first.RawJson, StringComparison.Ordinal);
        Assert.Equal((91106713848L, 185.33m), (transactions[^1].ActivityId, transactions[^1].NetAmount));
        Assert.Equal(new DateTimeOffset(2025, 1, 16, 15, 58, 2, TimeSpan.Zero), transactions[^1].Time);

        TransactionDto dto = elements[0].Deserialize(SchwabJsonContext.Default.TransactionDto)!;
        Assert.Equal(new DateTimeOffset(2025, 3, 21, 4, 0, 0, TimeSpan.Zero), dto.TransferItems![8].Instrument!.ExpirationDate);
        Assert.Equal(5050m, dto.TransferItems[8].Instrument!.StrikePrice);
    }

    [Fact]
    public void UserPreference_Fixture_MapsStreamerInfoAccountsAndOffers()
    {
        UserPreference pref = PreferenceMapper.ToPreference(Parse("user_preference.json", SchwabJsonContext.Default.UserPreferenceDto));

        StreamerInfo s = pref.StreamerInfo!;
        Assert.Equal(("wss://streamer-api.schwab.com/ws", "N9", "APIAPP", "1dd1ad6d-0246-9f38-dc70-e5bfd2a5dff8"), (s.SocketUrl, s.Channel, s.FunctionId, s.CorrelId));
        Assert.Equal("5as801a4152776d0e435d18b82e866fc58a920f9c52c7a70de6c6f845cb50bf5", s.CustomerId);
        Assert.Equal(2, pref.Accounts.Count);
        Assert.Equal(("11221122", "Trading Brokerage", "...122"), (pref.Accounts[0].AccountNumber, pref.Accounts[0].NickName, pref.Accounts[0].DisplayAccountId));
        Assert.DoesNotContain("11221122", pref.Accounts[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(("NP", true), (pref.MarketDataPermission, pref.Level2Permissions));
    }

    [Fact]
    public void EquityQuote_Nvda_ParsesEveryBlockIncludingExponentNumbersAndZTimes()
    {
        QuoteResponseDto dto = Parse("quote_equity_nvda.json", SchwabJsonContext.Default.QuoteResponseDto);

        QuoteEntryDto nvda = dto.Quotes["NVDA"];
        Assert.Equal(301570298m, nvda.Fundamental!.Avg10DaysVolume);
        Assert.Equal(364216375m, nvda.Fundamental.Avg1YearVolume);
        Assert.Equal(new DateTimeOffset(2024, 11, 20, 5, 0, 0, TimeSpan.Zero), nvda.Fundamental.DeclarationDate);
        Assert.Equal(new DateTimeOffset(2025, 3, 27, 4, 0, 0, TimeSpan.Zero), nvda.Fundamental.NextDivPayDate);
        Assert.Equal((153.13m, 60.7m, "MEMX"), (nvda.Quote!.FiftyTwoWeekHigh, nvda.Quote.FiftyTwoWeekLow, nvda.Quote.AskMICId));
        Assert.Equal((124.65m, 100L), (nvda.Regular!.RegularMarketLastPrice, nvda.Regular.RegularMarketLastSize));
        Assert.Equal((122.85m, 1400L), (nvda.Extended!.AskPrice, nvda.Extended.AskSize));
        Assert.Equal(("67066G104", "NASDAQ", true), (nvda.Reference!.Cusip, nvda.Reference.ExchangeName, nvda.Reference.IsShortable));
        Assert.Null(dto.Errors);

        Quote q = MarketDataMapper.ToQuoteSet(dto).Quotes["NVDA"];
        Assert.Equal(("NVDA", "EQUITY", 123.2291m, 123.2m, 123.22m, 392925469L), (q.Symbol, q.AssetType, q.Last, q.Bid, q.Ask, q.TotalVolume));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1738285199972), q.QuoteTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1738285199788), q.TradeTime);
    }

    [Fact]
    public void IndexQuote_Spx_HasNoBidAskAndAnUnescapedDescription()
    {
        Quote q = MarketDataMapper.ToQuoteSet(Parse("quote_index_spx.json", SchwabJsonContext.Default.QuoteResponseDto)).Quotes["$SPX"];

        Assert.Equal(("INDEX", 6071.17m, 6039.31m, "Closed", "S&P 500 INDEX"), (q.AssetType, q.Last, q.Close, q.SecurityStatus, q.Description));
        Assert.Null(q.Bid);
        Assert.Null(q.Ask);
        Assert.Equal(0.52754371m, q.NetPercentChange);
        Assert.Equal(3079257414L, q.TotalVolume);
    }

    [Fact]
    public void ExpirationChain_Spy_MapsDatesAndTypes()
    {
        IReadOnlyList<OptionExpiration> list = MarketDataMapper.ToExpirations(Parse("expiration_chain_spy.json", SchwabJsonContext.Default.ExpirationChainDto));

        Assert.Equal(32, list.Count);
        Assert.Equal((new DateOnly(2025, 7, 21), 1, "W", "P", "SPY", (bool?)true), (list[0].Date, list[0].DaysToExpiration, list[0].ExpirationType, list[0].SettlementType, list[0].OptionRoots, list[0].Standard));
        Assert.Equal((new DateOnly(2027, 12, 17), 880, "S"), (list[^1].Date, list[^1].DaysToExpiration, list[^1].ExpirationType));
    }

    [Fact]
    public void Movers_RealShape_ParsesScreeners()
    {
        MoversDto dto = Parse("movers.json", SchwabJsonContext.Default.MoversDto);

        Assert.Equal(10, dto.Screeners!.Count);
        MoverDto nvda = dto.Screeners[0];
        Assert.Equal(("NVDA", 83043184L, 172.56m, 5.18m, 1604124927L, 918661L, 0.0008m), (nvda.Symbol, nvda.Volume, nvda.LastPrice, nvda.MarketShare, nvda.TotalVolume, nvda.Trades, nvda.NetPercentChange));
    }

    [Fact]
    public void PriceHistory_DailySpy_CandlesStartAtMidnightCentral()
    {
        PriceHistory history = MarketDataMapper.ToPriceHistory(Parse("pricehistory_daily_spy.json", SchwabJsonContext.Default.PriceHistoryDto), "SPY");

        Assert.Equal(("SPY", 21), (history.Symbol, history.Candles.Count));
        Candle first = history.Candles[0];
        Assert.Equal(new DateTimeOffset(2025, 6, 18, 5, 0, 0, TimeSpan.Zero), first.Time); // 00:00 CDT
        Assert.Equal((598.44m, 601.22m, 596.47m, 597.44m, 76605029L), (first.Open, first.High, first.Low, first.Close, first.Volume));
        Assert.Equal((627.58m, 65621645L), (history.Candles[^1].Close, history.Candles[^1].Volume));
        Assert.Null(history.PreviousClose);
    }

    [Fact]
    public void Account_UnknownFieldsObjectsAndArrays_AreTolerated()
    {
        string text = Fixture.Text("account_margin_positions.json")
            .Replace("\"securitiesAccount\": {", "\"zNew\": {\"a\": [1, {\"b\": null}]}, \"securitiesAccount\": {\"brandNew\": [[1.5E3]], ", StringComparison.Ordinal)
            .Replace("\"accruedInterest\": 0.0,", "\"accruedInterest\": 0.0, \"futureField\": {\"x\": \"y\"},", StringComparison.Ordinal);

        Account account = AccountMapper.ToAccount(JsonSerializer.Deserialize(text, SchwabJsonContext.Default.AccountEnvelopeDto)!, "H");

        Assert.Contains("futureField", text, StringComparison.Ordinal);
        Assert.Equal(10, account.Positions.Count);
        Assert.Equal(51420.89m, account.CurrentBalances!.CashBalance);
    }
}
