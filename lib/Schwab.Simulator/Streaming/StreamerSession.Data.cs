using System.Net.WebSockets;
using Schwab.Simulator.Faults;
using Schwab.Simulator.Market;
using Schwab.Simulator.Recording;

namespace Schwab.Simulator.Streaming;

/// <summary>The tick loop: faults, the empty-subscription timeout, heartbeats and change-only level-one data.</summary>
internal sealed partial class StreamerSession
{
    private DateTimeOffset _lastHeartbeat;

    private async Task TickLoopAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var owned = timer;
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (socket.State != WebSocketState.Open)
            {
                return;
            }

            await TickAsync(state.Time.GetUtcNow(), cancellationToken);
            server.RaiseTicked();
        }
    }

    private async Task TickAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (state.Faults.HasStream(StreamFaultKind.DropEvery, out var every) && now - _connectedAt >= every!.Every)
        {
            Abort("fault: drop every " + every.Every);
            return;
        }

        if (_loggedIn && state.Faults.TakeStream(StreamFaultKind.SendCode, out var code))
        {
            await SendCodeAsync(code!.Code, now, cancellationToken);
            if (code.Code is 3 or 12 or 20 or 30)
            {
                return;
            }
        }

        if (_loggedIn && _emptySince is { } since && now - since >= state.Options.StreamEmptySubscriptionTimeout)
        {
            await CloseAsync(StreamJson.Notify(now.ToUnixTimeMilliseconds(), 30, "Stop streaming due to empty subscription"), "empty subscription", cancellationToken);
            return;
        }

        if (now - _lastHeartbeat >= state.Options.StreamHeartbeatInterval)
        {
            _lastHeartbeat = now;
            await SendAsync(StreamJson.Heartbeat(now.ToUnixTimeMilliseconds()), cancellationToken);
        }

        if (!_loggedIn || state.Faults.HasStream(StreamFaultKind.StopData, out _))
        {
            return;
        }

        foreach (string service in s_services)
        {
            if (BuildData(service, now) is not var (frame, updates))
            {
                continue;
            }

            if (state.Faults.TakeStream(StreamFaultKind.DropMidMessage, out _))
            {
                await _sendGate.WaitAsync(cancellationToken);
                try
                {
                    await socket.SendAsync(frame.AsMemory(0, frame.Length / 2), WebSocketMessageType.Text, false, cancellationToken);
                }
                finally
                {
                    _sendGate.Release();
                }

                // Wall clock on purpose: this gives the half frame time to reach the client before the reset, whatever
                // the simulated clock does (a reset can discard bytes still unread in the client's socket buffer).
                await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, cancellationToken);
                Abort("fault: dropped mid-message");
                return;
            }

            await SendAsync(frame, cancellationToken);
            if (updates is not null)
            {
                state.Record.AddRange(updates);
            }
        }
    }

    private async Task SendCodeAsync(int code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string msg = code switch
        {
            3 => "Login Denied.: token is invalid or has expired.",
            12 => "Connection closed: the maximum number of streamer connections (1) for this login is reached",
            19 => "You've reached the maximum number of symbols allowed.  (LEVELONE_OPTIONS=3000, DISCARDED=0)",
            20 => "Stream connection not found",
            21 => "Bad command formatting",
            30 => "Stop streaming due to empty subscription",
            _ => "Simulated response code",
        };
        byte[] frame = StreamJson.Notify(now.ToUnixTimeMilliseconds(), code, msg);
        if (code is not (3 or 12 or 20 or 30))
        {
            await SendAsync(frame, cancellationToken);
        }
        else
        {
            await CloseAsync(frame, "fault: code " + code, cancellationToken);
        }
    }

    /// <summary>The data frame of one service for this tick, or null when nothing changed.</summary>
    private (byte[] Frame, List<RecordedStreamUpdate>? Updates)? BuildData(string service, DateTimeOffset now)
    {
        lock (_subsGate)
        {
            if (!_subs.TryGetValue(service, out var sub) || sub.Keys.Count == 0)
            {
                return null;
            }

            var items = new List<(string Key, object?[] Values, object?[]? Previous)>(sub.Keys.Count);
            bool options = service == "LEVELONE_OPTIONS";
            var ctx = options ? state.Market.CreatePricingContext(now) : null;
            foreach (string key in sub.Keys)
            {
                object?[]? values = options ? OptionValues(ctx!, sub, key) : EquityValues(key, now, sub.Fields);
                if (values is not null)
                {
                    items.Add((key, values, sub.Sent.GetValueOrDefault(key)));
                }
            }

            return StreamDataWriter.Write(service, now, sub, items, state, server);
        }
    }

    private object?[]? EquityValues(string key, DateTimeOffset now, int[] fields) =>
        InstrumentInfo.Find(key) is { } info ? LevelOneFields.Equity(info, state.Market.GetQuote(key, now), fields) : null;

    private object?[]? OptionValues(PricingContext ctx, Subscription sub, string key)
    {
        if (!sub.Options.TryGetValue(key, out var parsed))
        {
            var expiration = state.Market.ResolveOption(key, out bool call, out decimal strike);
            sub.Options[key] = parsed = (expiration, call, strike);
        }

        return parsed.Expiration is null ? null
            : LevelOneFields.Option(state.Market.Pricer.Price(ctx, parsed.Expiration, parsed.Call, parsed.Strike), sub.Fields);
    }
}
