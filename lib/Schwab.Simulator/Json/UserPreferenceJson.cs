using System.Security.Cryptography;
using System.Text;
using Schwab.Simulator.Http;

namespace Schwab.Simulator.Json;

/// <summary><c>GET /userPreference</c>: an object with one <c>streamerInfo</c> (schwab-api.md §2.5).</summary>
internal static class UserPreferenceJson
{
    public static string CustomerId(SimulatorState state) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("customer:" + state.Options.Seed))).ToLowerInvariant();

    public static byte[] Write(SimulatorState state) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("accounts");
        bool first = true;
        foreach (var a in state.Account.Accounts)
        {
            w.WriteStartObject();
            w.WriteString("accountNumber", a.AccountNumber);
            w.WriteBoolean("primaryAccount", first);
            w.WriteString("type", "BROKERAGE");
            w.WriteString("nickName", a.NickName);
            w.WriteString("displayAcctId", "..." + a.AccountNumber[^3..]);
            w.WriteBoolean("autoPositionEffect", false);
            w.WriteString("accountColor", "Green");
            w.WriteString("lotSelectionMethod", "FIFO");
            w.WriteEndObject();
            first = false;
        }

        w.WriteEndArray();
        w.WriteStartArray("streamerInfo");
        w.WriteStartObject();
        w.WriteString("streamerSocketUrl", state.StreamerUrl);
        w.WriteString("schwabClientCustomerId", CustomerId(state));
        w.WriteString("schwabClientCorrelId", Guid.NewGuid().ToString());
        w.WriteString("schwabClientChannel", "N9");
        w.WriteString("schwabClientFunctionId", "APIAPP");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("offers");
        w.WriteStartObject();
        w.WriteBoolean("level2Permissions", true);
        w.WriteString("mktDataPermission", "NP");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
