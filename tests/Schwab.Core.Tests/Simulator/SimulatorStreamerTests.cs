using System.Net.WebSockets;
using System.Text.Json;
using Schwab.Simulator.Faults;

namespace Schwab.Core.Tests.Simulator;

public sealed class SimulatorStreamerTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(1);

    private static async Task<StreamerTestClient> LoggedInAsync(SimulatorHost host)
    {
        var client = await StreamerTestClient.ConnectAsync(host);
        await client.LoginAsync(host.AccessToken);
        var login = await client.ReceiveKindAsync("response");
        Assert.Equal(0, login.GetProperty("content").GetProperty("code").GetInt32());
        return client;
    }

    private static int Code(JsonElement item) => item.GetProperty("content").GetProperty("code").GetInt32();

    [Fact]
    public async Task Login_ValidToken_AcksWithStringRequestIdAndEntitlement()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await StreamerTestClient.ConnectAsync(host);
        await client.LoginAsync(host.AccessToken);
        var ack = await client.ReceiveKindAsync("response");
        Assert.Equal("1", ack.GetProperty("requestid").GetString());
        Assert.Equal("ADMIN", ack.GetProperty("service").GetString());
        Assert.Equal("LOGIN", ack.GetProperty("command").GetString());
        Assert.Equal("corr-1", ack.GetProperty("SchwabClientCorrelId").GetString());
        Assert.EndsWith("status=NP", ack.GetProperty("content").GetProperty("msg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_BadToken_Code3AndClose()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await StreamerTestClient.ConnectAsync(host);
        await client.LoginAsync("I0.not-a-token@");
        var ack = await client.ReceiveKindAsync("response");
        Assert.Equal(3, Code(ack));
        Assert.Equal("Login Denied.: token is invalid or has expired.", ack.GetProperty("content").GetProperty("msg").GetString());
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Subs_BeforeLogin_Code20()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await StreamerTestClient.ConnectAsync(host);
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,1,2,3"}""");
        Assert.Equal(20, Code(await client.ReceiveKindAsync("response")));
    }

    [Fact]
    public async Task Subs_Equities_FirstFullThenChangeOnlyDeltasMatchingRecord()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,1,2,3,8,10,11,12,33,34"}""");
        var ack = await client.ReceiveKindAsync("response");
        Assert.Equal("SUBS command succeeded", ack.GetProperty("content").GetProperty("msg").GetString());

        var first = (await client.NextDataAsync(host, "LEVELONE_EQUITIES", s_step)).GetProperty("content")[0];
        Assert.Equal("$SPX", first.GetProperty("key").GetString());
        Assert.Equal("INDEX", first.GetProperty("assetMainType").GetString());
        Assert.False(first.GetProperty("delayed").GetBoolean());
        Assert.Equal(["1", "2", "3", "8", "10", "11", "12", "33", "34"], first.EnumerateObject().Select(p => p.Name).Where(n => char.IsDigit(n[0])));

        var second = (await client.NextDataAsync(host, "LEVELONE_EQUITIES", s_step)).GetProperty("content")[0];
        Assert.False(second.TryGetProperty("delayed", out _));
        Assert.True(second.EnumerateObject().Count(p => char.IsDigit(p.Name[0])) < 9, "later messages carry only changed fields");

        var updates = host.Simulator.Record.StreamUpdates;
        Assert.Equal(2, updates.Count);
        Assert.Equal(second.GetProperty("34").GetInt64(), (long)updates[1].State[34]);
        Assert.Equal(9, updates[1].State.Count);
        Assert.Equal(updates[0].Fields.Keys.Order(), updates[1].State.Keys.Order());
    }

    [Fact]
    public async Task Subs_Options_CarryOptionFieldsAndAddUnsubsAck()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_OPTIONS", "SUBS", """{"keys":"SPXW  261124C05900000","fields":"0,1,2,3,28,37"}""");
        Assert.Equal(0, Code(await client.ReceiveKindAsync("response")));
        var first = (await client.NextDataAsync(host, "LEVELONE_OPTIONS", s_step)).GetProperty("content")[0];
        Assert.Equal("OPTION", first.GetProperty("assetMainType").GetString());
        Assert.Equal("SPXW 11/24/2026 5900.00 C", first.GetProperty("1").GetString());

        await client.SendAsync("LEVELONE_OPTIONS", "ADD", """{"keys":"SPXW  261124P05800000"}""");
        Assert.Equal("ADD command succeeded", (await client.ReceiveKindAsync("response")).GetProperty("content").GetProperty("msg").GetString());
        await client.SendAsync("LEVELONE_OPTIONS", "UNSUBS", """{"keys":"SPXW  261124C05900000"}""");
        Assert.Equal("UNSUBS command succeeded", (await client.ReceiveKindAsync("response")).GetProperty("content").GetProperty("msg").GetString());
        var after = await client.NextDataAsync(host, "LEVELONE_OPTIONS", s_step);
        Assert.All(after.GetProperty("content").EnumerateArray(), c => Assert.Equal("SPXW  261124P05800000", c.GetProperty("key").GetString()));
        var commands = host.Simulator.Record.StreamCommands.Select(c => c.Command).ToList();
        Assert.Equal(["LOGIN", "SUBS", "ADD", "UNSUBS"], commands);
    }

    [Fact]
    public async Task Subs_OverCap_Code19AndExcessDiscarded()
    {
        await using var host = await SimulatorHost.StartAsync(configure: o => o.SymbolCaps["LEVELONE_OPTIONS"] = 2);
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_OPTIONS", "SUBS", """{"keys":"SPXW  261124C05900000,SPXW  261124C05905000,SPXW  261124C05910000","fields":"0,2,3"}""");
        var ack = await client.ReceiveKindAsync("response");
        Assert.Equal(19, Code(ack));
        Assert.Equal("You've reached the maximum number of symbols allowed.  (LEVELONE_OPTIONS=2, DISCARDED=1)", ack.GetProperty("content").GetProperty("msg").GetString());
        var data = await client.NextDataAsync(host, "LEVELONE_OPTIONS", s_step);
        Assert.Equal(["SPXW  261124C05900000", "SPXW  261124C05905000"], data.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Login_SecondConnection_Code12AndClosedFirstKeepsWorking()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var first = await LoggedInAsync(host);
        await using var second = await StreamerTestClient.ConnectAsync(host);
        await second.LoginAsync(host.AccessToken);
        Assert.Equal(12, Code(await second.ReceiveKindAsync("response")));
        Assert.Null(await second.ReceiveAsync());
        await first.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,3"}""");
        Assert.Equal(0, Code(await first.ReceiveKindAsync("response")));
    }

    [Fact]
    public async Task NoSubscriptions_For30Seconds_Code30AndClose()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        JsonElement? notify = null;
        for (int i = 0; i < 40 && notify is null; i++)
        {
            host.Time.Advance(s_step);
            if (i >= 28)
            {
                var frame = await client.ReceiveAsync();
                if (frame?.TryGetProperty("notify", out var n) == true && n[0].TryGetProperty("content", out _))
                {
                    notify = n[0];
                }
            }
        }

        Assert.NotNull(notify);
        Assert.Equal(30, Code(notify.Value));
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Heartbeat_EveryTenSeconds_IsEpochMsString()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,3"}""");
        await client.ReceiveKindAsync("response");
        host.Time.Advance(TimeSpan.FromSeconds(10));
        var heartbeat = await client.ReceiveKindAsync("notify");
        Assert.Equal(host.Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), heartbeat.GetProperty("heartbeat").GetString());
    }

    [Fact]
    public async Task Fault_DropMidMessage_ClientSeesPartialFrameThenAbort()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,1,2,3"}""");
        await client.ReceiveKindAsync("response");
        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.DropMidMessage });
        host.Time.Advance(s_step);
        var buffer = new byte[64 * 1024];
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var error = await Record.ExceptionAsync(async () =>
        {
            while (true)
            {
                var result = await client.Socket.ReceiveAsync(buffer, guard.Token);
                Assert.False(result.EndOfMessage, "the data frame must never complete");
            }
        });
        Assert.IsType<WebSocketException>(error);
        Assert.Empty(host.Simulator.Record.StreamUpdates);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(12)]
    [InlineData(3)]
    public async Task Fault_SendCode_NotifiesAndCloses(int code)
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,3"}""");
        await client.ReceiveKindAsync("response");
        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.SendCode, Code = code });
        host.Time.Advance(s_step);
        Assert.Equal(code, Code(await client.ReceiveKindAsync("notify")));
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task View_ChangesFields_NextMessageIsFullWithNewFields()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,3"}""");
        await client.ReceiveKindAsync("response");
        await client.NextDataAsync(host, "LEVELONE_EQUITIES", s_step);
        await client.SendAsync("LEVELONE_EQUITIES", "VIEW", """{"fields":"0,12,15"}""");
        Assert.Equal("VIEW command succeeded", (await client.ReceiveKindAsync("response")).GetProperty("content").GetProperty("msg").GetString());
        var item = (await client.NextDataAsync(host, "LEVELONE_EQUITIES", s_step)).GetProperty("content")[0];
        Assert.Equal("S&P 500 INDEX", item.GetProperty("15").GetString());
        Assert.True(item.TryGetProperty("12", out _));
        Assert.False(item.TryGetProperty("3", out _));
    }

    [Fact]
    public async Task Logout_AcksSuccessAndCloses()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("ADMIN", "LOGOUT", "{}");
        Assert.Equal("SUCCESS", (await client.ReceiveKindAsync("response")).GetProperty("content").GetProperty("msg").GetString());
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Fault_StopData_OnlyHeartbeatsThenDropEveryAborts()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.StopData });
        await client.SendAsync("LEVELONE_EQUITIES", "SUBS", """{"keys":"$SPX","fields":"0,3"}""");
        await client.ReceiveKindAsync("response");
        host.Time.Advance(TimeSpan.FromSeconds(10));
        var frame = await client.ReceiveAsync();
        Assert.True(frame!.Value.TryGetProperty("notify", out _));
        Assert.Empty(host.Simulator.Record.StreamUpdates);
        host.Simulator.Faults.Add(new StreamFault { Kind = StreamFaultKind.DropEvery, Every = TimeSpan.FromSeconds(15) });
        host.Time.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAnyAsync<WebSocketException>(async () => await client.ReceiveAsync());
    }

    [Fact]
    public async Task UnknownService_Code11()
    {
        await using var host = await SimulatorHost.StartAsync();
        await using var client = await LoggedInAsync(host);
        await client.SendAsync("NEWS_HEADLINE", "SUBS", """{"keys":"$SPX","fields":"0,1"}""");
        Assert.Equal(11, Code(await client.ReceiveKindAsync("response")));
    }
}
