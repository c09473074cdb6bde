using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration;
using Schwab.Core.Security;

namespace Schwab.Core.Alerts;

/// <summary>
/// Raises, throttles and resolves alerts: each key is mailed at most once per
/// <see cref="AlertOptions.ThrottleWindow"/> across every process sharing the database, and a key that clears after
/// a mail went out gets one recovery notice. Subjects start with <c>[schwab &lt;host&gt;]</c>; subjects and bodies
/// pass <see cref="SecretRedactor"/> (with the configured client secrets and SMTP password) before they are stored or sent.
/// </summary>
/// <remarks>
/// <see cref="RaiseAsync"/> and <see cref="ResolveAsync"/> never throw for an SMTP or database failure: they log one
/// line and report it (<see cref="AlertOutcome.Failed"/>, false). <see cref="OpenAsync"/> lets a database error through.
/// </remarks>
internal sealed partial class AlertDispatcher(
    IOptions<AlertOptions> options, AlertStore store, AlertMailer mailer, IConfiguration configuration, TimeProvider time, ILogger<AlertDispatcher> logger)
{
    /// <summary>The host name every subject starts with.</summary>
    public static string HostName { get; } = Environment.MachineName;

    /// <summary>Whether alerts are switched on (<c>Alerts:Enabled</c>); false too when the Alerts settings are invalid.</summary>
    public bool IsEnabled => TryGetOptions(out AlertOptions? value, out _) && value.Enabled;

    /// <summary>Records one occurrence of <paramref name="key"/> and mails it unless the key was mailed within the throttle window.</summary>
    /// <param name="key">A stable key, e.g. <c>unit-failed:schwab-chains.service</c> or <c>stale:quotes</c>.</param>
    /// <param name="subject">One line, without the host prefix.</param>
    /// <param name="body">Plain text.</param>
    /// <param name="cancellationToken">Cancels the database work and the SMTP conversation.</param>
    public async Task<AlertOutcome> RaiseAsync(string key, string subject, string body, CancellationToken cancellationToken)
    {
        if (!TryGetOptions(out AlertOptions? settings, out string? problem))
        {
            Log.AlertsMisconfigured(logger, key, problem);
            return AlertOutcome.Failed;
        }

        if (!settings.Enabled)
        {
            return AlertOutcome.Disabled;
        }

        string[] secrets = KnownSecrets(settings);
        string safeSubject = SecretRedactor.Redact(subject, secrets);
        DateTimeOffset now = time.GetUtcNow();
        AlertRow row;
        try
        {
            row = await store.RecordAsync(key, safeSubject, now, cancellationToken);
        }
        catch (DbException ex)
        {
            // "Database unreachable" is itself an alert: better unthrottled than never sent.
            Log.AlertTableUnavailable(logger, key, SecretRedactor.Redact(ex.Message, secrets));
            string unrecorded = Compose(key, body, null, settings) + "\nThe alert table could not be written, so this alert is not throttled.\n";
            return await TryDeliverAsync(settings, key, safeSubject, unrecorded, secrets, cancellationToken) ? AlertOutcome.Sent : AlertOutcome.Failed;
        }

        if (row.LastSentAt is { } sent && now - sent < settings.ThrottleWindow
            || !await store.TryClaimSendAsync(key, row.LastSentAt, now, cancellationToken))
        {
            Log.AlertThrottled(logger, key, row.LastSentAt);
            return AlertOutcome.Throttled;
        }

        if (await TryDeliverAsync(settings, key, safeSubject, Compose(key, body, row, settings), secrets, cancellationToken))
        {
            Log.AlertSent(logger, key, settings.To.Count);
            return AlertOutcome.Sent;
        }

        try
        {
            await store.ReleaseSendAsync(key, now, row.LastSentAt, cancellationToken);
        }
        catch (DbException ex)
        {
            // The claim stays: this key waits one throttle window before the next try.
            Log.AlertTableFailed(logger, key, SecretRedactor.Redact(ex.Message, secrets));
        }

        return AlertOutcome.Failed;
    }

    /// <summary>
    /// Marks <paramref name="key"/> resolved if it is open, and mails one recovery notice when an alert went out during
    /// this incident. Returns true when this call resolved the key (false: unknown, already resolved, or alerts off).
    /// </summary>
    public async Task<bool> ResolveAsync(string key, string subject, string body, CancellationToken cancellationToken)
    {
        if (!TryGetOptions(out AlertOptions? settings, out _) || !settings.Enabled)
        {
            return false;
        }

        AlertRow? row;
        try
        {
            row = await store.GetAsync(key, cancellationToken);
            if (row is null || row.ResolvedAt is not null || !await store.TryResolveAsync(key, time.GetUtcNow(), cancellationToken))
            {
                return false;
            }
        }
        catch (DbException ex)
        {
            Log.AlertTableFailed(logger, key, SecretRedactor.Redact(ex.Message, KnownSecrets(settings)));
            return false;
        }

        OpenAlert incident = row.ToOpenAlert();
        if (!incident.NotifiedThisIncident)
        {
            Log.AlertResolved(logger, key, "not needed (nothing was sent)");
            return true;
        }

        string[] secrets = KnownSecrets(settings);
        string text = Compose(key, body, row, settings) + "\nThis alert has cleared.\n";
        bool sent = await TryDeliverAsync(settings, key, SecretRedactor.Redact(subject, secrets), text, secrets, cancellationToken, recovery: true);
        Log.AlertResolved(logger, key, sent ? "sent" : "failed");
        return true;
    }

    /// <summary>The open alerts whose key starts with <paramref name="keyPrefix"/> (empty: all), ordered by key.</summary>
    public async Task<IReadOnlyList<OpenAlert>> OpenAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        IReadOnlyList<AlertRow> rows = await store.ListOpenAsync(cancellationToken);
        return [.. rows.Where(r => r.AlertKey.StartsWith(keyPrefix, StringComparison.Ordinal)).Select(r => r.ToOpenAlert())];
    }

    /// <summary>Sends a test mail now (no throttling, nothing recorded); throws <see cref="AlertDeliveryException"/> with a one-line reason otherwise.</summary>
    public async Task SendTestAsync(CancellationToken cancellationToken)
    {
        if (!TryGetOptions(out AlertOptions? settings, out string? problem))
        {
            throw new AlertDeliveryException($"the Alerts settings are invalid: {problem}");
        }

        if (!settings.Enabled)
        {
            throw new AlertDeliveryException("alerts are disabled (set Alerts:Enabled to true, with Alerts:SmtpHost, Alerts:From and Alerts:To)");
        }

        string body = $"This is a test message from schwabctl on {HostName} at {time.GetUtcNow():u}.\nAlerts reach you through {settings.SmtpHost}:{settings.SmtpPort}.\n";
        await mailer.SendAsync(settings, Prefix("test message"), body, cancellationToken);
    }
}
