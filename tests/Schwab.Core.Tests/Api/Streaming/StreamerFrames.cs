using System.Text.Json;

namespace Schwab.Core.Tests.Api.Streaming;

/// <summary>Streamer frames shaped like Schwab's (schwab-api.md §4.1–4.3).</summary>
internal static class StreamerFrames
{
    public const string CorrelId = "60b4c643-ca26-d965-1d21-ad96078ab2fa";

    public static string Response(string service, string command, string requestId, int code, string message) =>
        $$$"""{"response":[{"service":"{{{service}}}","command":"{{{command}}}","requestid":"{{{requestId}}}","SchwabClientCorrelId":"{{{CorrelId}}}","timestamp":1755118704102,"content":{"code":{{{code}}},"msg":"{{{message}}}"}}]}""";

    public static string LoginOk(string requestId) => Response("ADMIN", "LOGIN", requestId, 0, "server=s3081dc7-2;status=NP");

    public static string Heartbeat(long epochMs = 1755118704127) => $$$"""{"notify":[{"heartbeat":"{{{epochMs}}}"}]}""";

    public static string Notice(int code, string message) =>
        $$$"""{"notify":[{"service":"ADMIN","timestamp":1631772954749,"content":{"code":{{{code}}},"msg":"{{{message}}}"}}]}""";

    /// <summary>The real AAPL change stream of schwab-api.md §4.3.</summary>
    public const string AaplFirst = """{"data":[{"service":"LEVELONE_EQUITIES","timestamp":1755118704147,"command":"SUBS","content":[{"key":"AAPL","delayed":false,"assetMainType":"EQUITY","assetSubType":"COE","cusip":"037833100","1":233.22,"2":233.33,"3":233.3,"4":1,"5":3,"8":69783235,"10":235}]}]}""";

    public const string AaplSecond = """{"data":[{"service":"LEVELONE_EQUITIES","timestamp":1755118706289,"command":"SUBS","content":[{"key":"AAPL","3":233.31,"8":69783236}]}]}""";

    public static string Equity(string key, decimal last, long volume) =>
        $$$"""{"data":[{"service":"LEVELONE_EQUITIES","timestamp":1755118706289,"command":"SUBS","content":[{"key":"{{{key}}}","3":{{{last}}},"8":{{{volume}}}}]}]}""";

    public static JsonElement Request(string frame)
    {
        using JsonDocument document = JsonDocument.Parse(frame);
        return document.RootElement.GetProperty("requests")[0].Clone();
    }

    public static string Command(string frame) => Request(frame).GetProperty("command").GetString()!;

    public static string RequestId(string frame) => Request(frame).GetProperty("requestid").GetString()!;

    public static string Service(string frame) => Request(frame).GetProperty("service").GetString()!;

    public static string Parameter(string frame, string name) => Request(frame).GetProperty("parameters").GetProperty(name).GetString()!;
}
