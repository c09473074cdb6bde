using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// Builds request envelopes (schwab-api.md §4.1–4.2). The LOGIN frame carries the access token: it is
/// written straight to the socket and never logged.
/// </summary>
internal sealed class StreamerRequestWriter(StreamerCredentials credentials)
{
    // The frames are not HTML; keep '+', '/', '$' and the token's characters literal.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] Login(string requestId, string accessToken) => Write(requestId, StreamerServices.Admin, StreamerCommands.Login, writer =>
    {
        writer.WriteString("Authorization", accessToken);
        writer.WriteString("SchwabClientChannel", credentials.SchwabClientChannel);
        writer.WriteString("SchwabClientFunctionId", credentials.SchwabClientFunctionId);
    });

    public byte[] Logout(string requestId) => Write(requestId, StreamerServices.Admin, StreamerCommands.Logout, static _ => { });

    public byte[] Command(string requestId, string service, string command, string? keys, string? fields) => Write(requestId, service, command, writer =>
    {
        if (keys is not null)
        {
            writer.WriteString("keys", keys);
        }

        if (fields is not null)
        {
            writer.WriteString("fields", fields);
        }
    });

    private byte[] Write(string requestId, string service, string command, Action<Utf8JsonWriter> parameters)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("requests");
            writer.WriteStartObject();
            writer.WriteString("requestid", requestId);
            writer.WriteString("service", service);
            writer.WriteString("command", command);
            writer.WriteString("SchwabClientCustomerId", credentials.SchwabClientCustomerId);
            writer.WriteString("SchwabClientCorrelId", credentials.SchwabClientCorrelId);
            writer.WriteStartObject("parameters");
            parameters(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
