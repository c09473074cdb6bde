namespace Schwab.Core.Api.Streaming;

public sealed partial class StreamerClient
{
    /// <summary>SUBS: replaces the service's whole key list (and fields) with <paramref name="keys"/>.</summary>
    /// <returns>The ack, or <see cref="StreamerAck.Pending"/> when it will be sent after the next LOGIN.</returns>
    /// <exception cref="StreamerException">Refused (codes 9, 11, 21–25), over the configured cap, or no ack in time.</exception>
    public Task<StreamerAck> SubscribeAsync(string service, IEnumerable<string> keys, IEnumerable<int> fields, CancellationToken cancellationToken = default)
    {
        var next = StreamerSubscription.Create(service, RequireKeys(service, keys), fields);
        return ExecuteAsync(service, StreamerCommands.Subs, _ => next, static next => next!.KeysParameter, sendFields: true, cancellationToken);
    }

    /// <summary>ADD: adds <paramref name="keys"/> to the service's list without a reconnect (re-centring).</summary>
    /// <inheritdoc cref="SubscribeAsync" path="/returns"/>
    /// <inheritdoc cref="SubscribeAsync" path="/exception"/>
    public Task<StreamerAck> AddAsync(string service, IEnumerable<string> keys, IEnumerable<int> fields, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> added = RequireKeys(service, keys);
        ArgumentNullException.ThrowIfNull(fields);
        string keysParameter = string.Join(',', added);
        return ExecuteAsync(
            service,
            StreamerCommands.Add,
            current => (current ?? StreamerSubscription.Create(service, [], fields)).WithAdded(added, fields),
            _ => keysParameter,
            sendFields: true,
            cancellationToken);
    }

    /// <summary>UNSUBS: removes <paramref name="keys"/> from the service's list.</summary>
    /// <inheritdoc cref="SubscribeAsync" path="/returns"/>
    /// <inheritdoc cref="SubscribeAsync" path="/exception"/>
    public Task<StreamerAck> UnsubscribeAsync(string service, IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> removed = RequireKeys(service, keys);
        string keysParameter = string.Join(',', removed);
        return ExecuteAsync(service, StreamerCommands.Unsubs, current => current?.WithoutKeys(removed), _ => keysParameter, sendFields: false, cancellationToken);
    }

    /// <summary>VIEW: changes the fields of every key of the service.</summary>
    /// <inheritdoc cref="SubscribeAsync" path="/returns"/>
    /// <inheritdoc cref="SubscribeAsync" path="/exception"/>
    public Task<StreamerAck> ViewAsync(string service, IEnumerable<int> fields, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentNullException.ThrowIfNull(fields);
        int[] list = [.. fields];
        return ExecuteAsync(
            service,
            StreamerCommands.View,
            current => current?.WithFields(list) ?? throw new InvalidOperationException($"VIEW {service}: the service has no subscription"),
            static _ => null,
            sendFields: true,
            cancellationToken);
    }

    /// <summary>LOGOUT: Schwab acknowledges and closes; the running <see cref="StreamAsync"/> then ends normally.</summary>
    /// <exception cref="StreamerException">No ack in time.</exception>
    public async Task LogoutAsync(CancellationToken cancellationToken = default)
    {
        await _commandLock.WaitAsync(cancellationToken);
        try
        {
            StreamerSession? session = _session;
            if (session is null)
            {
                return;
            }

            await session.LogoutAsync(cancellationToken);
            Log.StreamerLoggedOut(_logger);
        }
        finally
        {
            _commandLock.Release();
        }
    }

    private static IReadOnlyList<string> RequireKeys(string service, IEnumerable<string> keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        IReadOnlyList<string> list = StreamerSubscription.CheckKeys(keys);
        if (list.Count == 0)
        {
            throw new ArgumentException($"{service}: at least one key is required", nameof(keys));
        }

        return list;
    }

    private async Task<StreamerAck> ExecuteAsync(
        string service,
        string command,
        Func<StreamerSubscription?, StreamerSubscription?> change,
        Func<StreamerSubscription?, string?> keys,
        bool sendFields,
        CancellationToken cancellationToken)
    {
        EnterBusy();
        try
        {
            return await ExecuteCoreAsync(service, command, change, keys, sendFields, cancellationToken);
        }
        finally
        {
            ExitBusy();
        }
    }

    private async Task<StreamerAck> ExecuteCoreAsync(
        string service,
        string command,
        Func<StreamerSubscription?, StreamerSubscription?> change,
        Func<StreamerSubscription?, string?> keys,
        bool sendFields,
        CancellationToken cancellationToken)
    {
        await _commandLock.WaitAsync(cancellationToken);
        try
        {
            StreamerSubscription? previous = _desired.Get(service);
            StreamerSubscription? next = change(previous);
            int cap = _options.CapFor(service);
            if (next is not null && next.Keys.Length > cap)
            {
                throw new StreamerException(
                    StreamerErrorKind.SymbolLimit,
                    $"{command} {service}: {next.Keys.Length} keys exceed the cap of {cap} ({StreamerOptions.SectionName}:{nameof(StreamerOptions.ServiceCaps)})");
            }

            _desired.Set(service, next);
            StreamerSession? session = _session;
            if (session is null || !session.IsLoggedIn)
            {
                return StreamerAck.Pending;
            }

            StreamerResponse response;
            try
            {
                response = await session.SendCommandAsync(service, command, keys(next), sendFields ? next?.FieldsParameter : null, cancellationToken);
            }
            catch (StreamerException ex) when (ex.Kind == StreamerErrorKind.ConnectionLost)
            {
                return StreamerAck.Pending; // kept in the desired state, replayed after the next LOGIN
            }
            catch (StreamerException ex) when (ex.Kind == StreamerErrorKind.Timeout)
            {
                // An unanswered command means an unhealthy connection: replace it; the replay restores the state.
                Log.StreamerCommandTimedOut(_logger, command, service);
                session.Abort(StreamerSessionEnd.Dropped(ex.Message, ex));
                throw;
            }

            try
            {
                return Interpret(response, command, service, next?.Keys.Length ?? 0);
            }
            catch (StreamerException)
            {
                _desired.Set(service, previous);
                throw;
            }
        }
        finally
        {
            _commandLock.Release();
        }
    }
}
