using System.Text.Json;

namespace Schwab.Core.Api.Streaming;

/// <summary>One item of a <c>response</c> (ack) or admin <c>notify</c> message (schwab-api.md §4.3).</summary>
internal sealed record StreamerResponse(string? Service, string? Command, string? RequestId, int Code, string? Message)
{
    public static StreamerResponse From(JsonElement item)
    {
        int code = StreamerResponseCodes.UnknownFailure;
        string? message = null;
        if (item.TryGetProperty("content", out JsonElement content) && content.ValueKind == JsonValueKind.Object)
        {
            if (content.TryGetProperty("code", out JsonElement codeElement))
            {
                code = ReadInt(codeElement) ?? StreamerResponseCodes.UnknownFailure;
            }

            message = ReadString(content, "msg");
        }

        return new StreamerResponse(ReadString(item, "service"), ReadString(item, "command"), ReadString(item, "requestid"), code, message);
    }

    internal static string? ReadString(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        // requestid is echoed as a string, but some servers send numbers (schwab-api.md §4.1).
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static int? ReadInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out int code) => code,
        JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out int code) => code,
        _ => null,
    };
}
