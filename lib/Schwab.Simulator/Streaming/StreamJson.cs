using System.Text.Json;
using Schwab.Simulator.Json;

namespace Schwab.Simulator.Streaming;

/// <summary>Streamer frames: response, notify and data (schwab-api.md §4.1–4.3).</summary>
internal static class StreamJson
{
    public static byte[] Response(string service, string command, string requestId, string? correlId, long timestamp, int code, string msg) =>
        JsonOut.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("response");
            w.WriteStartObject();
            w.WriteString("service", service);
            w.WriteString("command", command);
            w.WriteString("requestid", requestId);
            w.WriteString("SchwabClientCorrelId", correlId ?? "");
            w.WriteNumber("timestamp", timestamp);
            Content(w, code, msg);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

    public static byte[] Notify(long timestamp, int code, string msg) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("notify");
        w.WriteStartObject();
        w.WriteString("service", "ADMIN");
        w.WriteNumber("timestamp", timestamp);
        Content(w, code, msg);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Heartbeat(long timestamp) =>
        System.Text.Encoding.UTF8.GetBytes("{\"notify\":[{\"heartbeat\":\"" + timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}]}");

    public static void Value(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case decimal d: w.NumberValue(d); break;
            case double x: w.WriteRawValue(JsonOut.Format(x), skipInputValidation: true); break;
            case long l: w.WriteNumberValue(l); break;
            case bool b: w.WriteBooleanValue(b); break;
            case string s: w.WriteStringValue(s); break;
            default: w.WriteNullValue(); break;
        }
    }

    private static void Content(Utf8JsonWriter w, int code, string msg)
    {
        w.WriteStartObject("content");
        w.WriteNumber("code", code);
        w.WriteString("msg", msg);
        w.WriteEndObject();
    }
}
