using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Schwab.Core.Data.Orders;

/// <summary>
/// Removes plain account numbers from Schwab's raw order and transaction JSON before it is stored: every
/// <c>accountNumber</c> member, and a known account number inside any string, becomes <c>***</c> plus its last
/// three characters. The content hash is taken over the redacted text, so it identifies a version of an order.
/// </summary>
internal static class RawJsonRedactor
{
    private const string AccountNumberMember = "accountNumber";

    // The text goes to a database column, never into HTML: keep '+', '&' and non-ASCII readable as Schwab sent them.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The redacted JSON (compact, members in their original order).</summary>
    public static string Redact(string rawJson, IReadOnlyCollection<string> accountNumbers)
    {
        JsonNode? root = JsonNode.Parse(rawJson);
        if (root is null)
        {
            return rawJson;
        }

        Walk(root, accountNumbers);
        return root.ToJsonString(Output);
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="text"/> (64 characters).</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The masked form of an account number: <c>***</c> and its last three characters.</summary>
    public static string Mask(string accountNumber) => "***" + accountNumber[Math.Max(0, accountNumber.Length - 3)..];

    /// <summary><paramref name="text"/> with every known account number in it masked.</summary>
    public static string? MaskIn(string? text, IReadOnlyCollection<string> accountNumbers) =>
        text is null ? null : accountNumbers.Where(n => n.Length > 0).Aggregate(text, (t, n) => t.Replace(n, Mask(n), StringComparison.Ordinal));

    private static void Walk(JsonNode node, IReadOnlyCollection<string> accountNumbers)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string name in obj.Select(p => p.Key).ToList())
                {
                    JsonNode? child = obj[name];
                    if (string.Equals(name, AccountNumberMember, StringComparison.OrdinalIgnoreCase) && child is JsonValue)
                    {
                        obj[name] = Mask(child.ToJsonString().Trim('"'));
                    }
                    else if (child is not null)
                    {
                        Replace(child, accountNumbers, value => obj[name] = value);
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    int index = i;
                    if (array[i] is { } item)
                    {
                        Replace(item, accountNumbers, value => array[index] = value);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode child, IReadOnlyCollection<string> accountNumbers, Action<JsonNode> set)
    {
        if (child is JsonValue value)
        {
            if (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text)
            {
                string masked = MaskIn(text, accountNumbers)!;
                if (masked != text)
                {
                    set(JsonValue.Create(masked));
                }
            }

            return;
        }

        Walk(child, accountNumbers);
    }
}
