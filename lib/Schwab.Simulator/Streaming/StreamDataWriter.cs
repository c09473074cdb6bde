using Schwab.Simulator.Http;
using Schwab.Simulator.Json;
using Schwab.Simulator.Market;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Streaming;

/// <summary>Writes one change-only data frame and records what it carried.</summary>
internal static class StreamDataWriter
{
    private static readonly System.Text.Json.JsonEncodedText[] s_names =
        Enumerable.Range(0, LevelOneFields.OptionCount).Select(i => System.Text.Json.JsonEncodedText.Encode(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    public static (byte[] Frame, List<RecordedStreamUpdate>? Updates)? Write(string service, DateTimeOffset now, Subscription sub, List<(string Key, object?[] Values, object?[]? Previous)> items,
        SimulatorState state, StreamerServer server)
    {
        bool record = state.Options.RecordStreamUpdates;
        var recorded = record ? new List<RecordedStreamUpdate>() : null;
        int written = 0;
        byte[] frame = JsonOut.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            w.WriteStartObject();
            w.WriteString("service", service);
            w.WriteNumber("timestamp", now.ToUnixTimeMilliseconds());
            w.WriteString("command", "SUBS");
            w.WriteStartArray("content");
            foreach (var (key, values, previous) in items)
            {
                var changed = sub.Fields.Where(f => f > 0 && (previous is null || !Equals(previous[f], values[f]))).ToArray();
                if (previous is not null && changed.Length == 0)
                {
                    continue;
                }

                var merged = previous ?? new object?[values.Length];
                w.WriteStartObject();
                w.WriteString("key", key);
                if (previous is null)
                {
                    WriteIdentity(w, service, key);
                }

                foreach (int f in changed)
                {
                    w.WritePropertyName(s_names[f]);
                    StreamJson.Value(w, values[f]);
                    merged[f] = values[f];
                }

                w.WriteEndObject();
                sub.Sent[key] = merged;
                written++;
                recorded?.Add(new RecordedStreamUpdate(server.NextSequence(), now, service, key,
                    changed.ToDictionary(f => f, f => values[f]!),
                    merged.Select((v, i) => (v, i)).Where(p => p.v is not null).ToDictionary(p => p.i, p => p.v!)));
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
        if (written == 0)
        {
            return null;
        }

        return (frame, recorded);
    }

    private static void WriteIdentity(System.Text.Json.Utf8JsonWriter w, string service, string key)
    {
        w.WriteBoolean("delayed", false);
        if (service == "LEVELONE_OPTIONS")
        {
            w.WriteString("assetMainType", "OPTION");
            return;
        }

        var info = InstrumentInfo.Find(key);
        w.WriteString("assetMainType", info is { IsIndex: true } ? "INDEX" : "EQUITY");
        if (info is { IsIndex: false })
        {
            w.WriteString("assetSubType", info.AssetSubType);
            w.WriteString("cusip", info.Cusip);
        }
    }
}
