namespace Schwab.Simulator.Streaming;

/// <summary>Command handling: LOGIN, SUBS, ADD, UNSUBS, VIEW, LOGOUT (schwab-api.md §4.2, §4.4).</summary>
internal sealed partial class StreamerSession
{
    private async Task HandleRequestAsync(StreamRequest r, CancellationToken cancellationToken)
    {
        byte[] Ack(int code, string msg) => StreamJson.Response(r.Service, r.Command, r.RequestId, r.CorrelId, Now, code, msg);
        if (!r.Valid)
        {
            Record(r, 21);
            await SendAsync(Ack(21, "Bad command formatting"), cancellationToken);
            return;
        }

        if (r.Command == "LOGIN")
        {
            await LoginAsync(r, Ack, cancellationToken);
            return;
        }

        if (!_loggedIn)
        {
            Record(r, 20);
            await SendAsync(Ack(20, "Stream connection not found: LOGIN and wait for its response first"), cancellationToken);
            return;
        }

        if (r.Command == "LOGOUT")
        {
            Record(r, 0);
            await CloseAsync(Ack(0, "SUCCESS"), "logout", cancellationToken);
            return;
        }

        if (!s_services.Contains(r.Service))
        {
            Record(r, 11);
            await SendAsync(Ack(11, "Service not available or temporary down"), cancellationToken);
            return;
        }

        if (r.Command is not ("SUBS" or "ADD" or "UNSUBS" or "VIEW"))
        {
            Record(r, 21);
            await SendAsync(Ack(21, $"Bad command formatting: unknown command {r.Command}"), cancellationToken);
            return;
        }

        if (state.Faults.TakeStream(Faults.StreamFaultKind.RejectCommand, out var reject))
        {
            Record(r, reject!.Code);
            await SendAsync(Ack(reject.Code, $"{r.Command} command failed (simulated code {reject.Code})"), cancellationToken);
            return;
        }

        int discarded = Apply(r, out int cap);
        int code = discarded > 0 ? 19 : 0;
        Record(r, code);
        await SendAsync(code == 19
            ? Ack(19, $"You've reached the maximum number of symbols allowed.  ({r.Service}={cap}, DISCARDED={discarded})")
            : Ack(0, $"{r.Command} command succeeded"), cancellationToken);
    }

    private async Task LoginAsync(StreamRequest r, Func<int, string, byte[]> ack, CancellationToken cancellationToken)
    {
        if (!state.Tokens.IsValidAccessToken(r.Token))
        {
            Record(r, 3);
            await CloseAsync(ack(3, "Login Denied.: token is invalid or has expired."), "login denied", cancellationToken);
            return;
        }

        if (!server.TryClaim(this))
        {
            Record(r, 12);
            await CloseAsync(ack(12, "Connection closed: the maximum number of streamer connections (1) for this login is reached"),
                "second connection", cancellationToken);
            return;
        }

        _loggedIn = true;
        _emptySince = state.Time.GetUtcNow();
        Record(r, 0);
        await SendAsync(ack(0, "server=s-simulator-1;status=NP"), cancellationToken);
    }

    /// <summary>Applies a subscription command; returns how many keys were discarded by the cap.</summary>
    private int Apply(StreamRequest r, out int cap)
    {
        cap = state.Options.SymbolCaps.TryGetValue(r.Service, out int c) ? c : state.Options.DefaultSymbolCap;
        int discarded = 0;
        lock (_subsGate)
        {
            if (!_subs.TryGetValue(r.Service, out var sub))
            {
                sub = new Subscription(r.Service);
                _subs[r.Service] = sub;
            }

            int all = r.Service == "LEVELONE_OPTIONS" ? LevelOneFields.OptionCount : LevelOneFields.EquityCount;
            switch (r.Command)
            {
                case "SUBS":
                    sub.Keys.Clear();
                    sub.Sent.Clear();
                    sub.Fields = r.Fields ?? (sub.Fields.Length > 0 ? sub.Fields : Enumerable.Range(0, all).ToArray());
                    discarded = AddKeys(sub, r.Keys, cap);
                    break;
                case "ADD":
                    if (r.Fields is not null || sub.Fields.Length == 0)
                    {
                        sub.Fields = r.Fields ?? Enumerable.Range(0, all).ToArray();
                        sub.Sent.Clear();
                    }

                    discarded = AddKeys(sub, r.Keys, cap);
                    break;
                case "UNSUBS":
                    foreach (string key in r.Keys)
                    {
                        sub.Keys.Remove(key);
                        sub.Sent.Remove(key);
                        sub.Options.Remove(key);
                    }

                    break;
                default:
                    sub.Fields = r.Fields ?? sub.Fields;
                    sub.Sent.Clear();
                    break;
            }

            sub.Fields = sub.Fields.Where(f => f < all).ToArray();
            bool empty = _subs.Values.All(s => s.Keys.Count == 0);
            _emptySince = empty ? _emptySince ?? state.Time.GetUtcNow() : null;
        }

        return discarded;
    }

    private static int AddKeys(Subscription sub, IReadOnlyList<string> keys, int cap)
    {
        int discarded = 0;
        foreach (string key in keys)
        {
            if (sub.Keys.Contains(key))
            {
                continue;
            }

            if (sub.Keys.Count >= cap)
            {
                discarded++;
                continue;
            }

            sub.Keys.Add(key);
        }

        return discarded;
    }
}
