using Schwab.Core.Data.Orders;

namespace Schwab.Core.Tests.Data.Orders;

public sealed class RawJsonRedactorTests
{
    private static readonly string[] Numbers = ["12345678", "87654321"];

    [Fact]
    public void Redact_NumericAndStringAccountNumberMembers_MasksAllButTheLastThreeDigits()
    {
        string json = """{"orderId":5,"accountNumber":12345678,"childOrderStrategies":[{"accountNumber":"87654321","orderId":6}]}""";

        string redacted = RawJsonRedactor.Redact(json, Numbers);

        Assert.Equal("""{"orderId":5,"accountNumber":"***678","childOrderStrategies":[{"accountNumber":"***321","orderId":6}]}""", redacted);
    }

    [Fact]
    public void Redact_KnownNumberInsideAnyString_IsMasked()
    {
        string json = """{"description":"Journal from 87654321 to 12345678","items":["87654321"],"amount":12345678.5}""";

        string redacted = RawJsonRedactor.Redact(json, Numbers);

        Assert.Equal("""{"description":"Journal from ***321 to ***678","items":["***321"],"amount":12345678.5}""", redacted);
    }

    [Fact]
    public void Redact_TimestampsAndAmpersands_StayReadable()
    {
        string json = """{"enteredTime":"2026-03-02T15:00:00+0000","description":"S&P 500 INDEX"}""";

        Assert.Equal(json, RawJsonRedactor.Redact(json, Numbers));
    }

    [Fact]
    public void ContentHash_DifferentVersions_DifferAndAreStable()
    {
        string working = RawJsonRedactor.Redact("""{"orderId":1,"status":"WORKING","accountNumber":12345678}""", Numbers);
        string filled = RawJsonRedactor.Redact("""{"orderId":1,"status":"FILLED","accountNumber":12345678}""", Numbers);

        Assert.Equal(64, RawJsonRedactor.ContentHash(working).Length);
        Assert.Equal(RawJsonRedactor.ContentHash(working), RawJsonRedactor.ContentHash(new string(working.AsSpan())));
        Assert.NotEqual(RawJsonRedactor.ContentHash(working), RawJsonRedactor.ContentHash(filled));
    }
}
