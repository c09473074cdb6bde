using System.Text;
using Schwab.Core.Api.Streaming;

namespace Schwab.Core.Tests.Api.Streaming;

public sealed class StreamerRequestWriterTests
{
    private static readonly StreamerCredentials s_credentials = new(new Uri("wss://streamer-api.schwab.com/ws"), "cust", "correl", "N9", "APIAPP");

    [Fact]
    public void Login_RawToken_WritesSchwabEnvelopeExactly()
    {
        string json = Encoding.UTF8.GetString(new StreamerRequestWriter(s_credentials).Login("1", "I0.b2F+/x=@"));

        Assert.Equal(
            """{"requests":[{"requestid":"1","service":"ADMIN","command":"LOGIN","SchwabClientCustomerId":"cust","SchwabClientCorrelId":"correl","parameters":{"Authorization":"I0.b2F+/x=@","SchwabClientChannel":"N9","SchwabClientFunctionId":"APIAPP"}}]}""",
            json);
    }

    [Fact]
    public void Command_KeysWithSpacesAndDollar_WritesThemLiterally()
    {
        string json = Encoding.UTF8.GetString(new StreamerRequestWriter(s_credentials).Command("2", "LEVELONE_OPTIONS", "SUBS", "SPXW  251208C06880000,$SPX", "0,2,3"));

        Assert.Equal(
            """{"requests":[{"requestid":"2","service":"LEVELONE_OPTIONS","command":"SUBS","SchwabClientCustomerId":"cust","SchwabClientCorrelId":"correl","parameters":{"keys":"SPXW  251208C06880000,$SPX","fields":"0,2,3"}}]}""",
            json);
    }

    [Fact]
    public void Logout_WritesEmptyParameters()
    {
        string json = Encoding.UTF8.GetString(new StreamerRequestWriter(s_credentials).Logout("9"));

        Assert.Equal(
            """{"requests":[{"requestid":"9","service":"ADMIN","command":"LOGOUT","SchwabClientCustomerId":"cust","SchwabClientCorrelId":"correl","parameters":{}}]}""",
            json);
    }
}
