using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Schwab.Core.Configuration;
using Schwab.Core.Security;

namespace Schwab.Core.Alerts;

/// <summary>Delivers one plain-text mail through the configured SMTP server with MailKit; one connection per mail.</summary>
/// <remarks>
/// Alerts are rare (throttled per key), so nothing is pooled. The whole conversation is bounded by <see cref="Timeout"/>;
/// authentication happens only when <see cref="AlertOptions.Username"/> is set.
/// </remarks>
internal sealed class AlertMailer(TimeProvider time)
{
    /// <summary>How long one delivery (connect, TLS, auth, send, quit) may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends the mail; throws <see cref="AlertDeliveryException"/> with a one-line reason when it was not accepted.</summary>
    public Task SendAsync(AlertOptions options, string subject, string body, CancellationToken cancellationToken)
    {
        MimeMessage message = Compose(options, subject, body);
        return ConverseAsync(options, (client, ct) => client.SendAsync(message, ct), cancellationToken);
    }

    /// <summary>Connects, secures and authenticates as a delivery would, then quits without sending (for <c>schwabctl check</c>).</summary>
    public Task ProbeAsync(AlertOptions options, CancellationToken cancellationToken) =>
        ConverseAsync(options, (client, ct) => client.NoOpAsync(ct), cancellationToken);

    private async Task ConverseAsync(AlertOptions options, Func<SmtpClient, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        string server = $"{options.SmtpHost}:{options.SmtpPort}";
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.SmtpHost ?? "", options.SmtpPort, MapSecurity(options.Security), linked.Token);
            if (!string.IsNullOrEmpty(options.Username))
            {
                await client.AuthenticateAsync(options.Username, options.Password ?? "", linked.Token);
            }

            await action(client, linked.Token);
            await client.DisconnectAsync(quit: true, linked.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            throw new AlertDeliveryException($"SMTP server {server} did not answer within {Timeout.TotalSeconds:0} s", ex);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or AuthenticationException
            or SslHandshakeException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException)
        {
            string said = ex is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : ex.Message;
            string reason = SecretRedactor.Redact(OneLine(said), [options.Password]);
            throw new AlertDeliveryException($"SMTP server {server} did not take the mail: {reason}", ex);
        }
    }

    /// <summary>Maps <see cref="AlertOptions.Security"/> (validated to one of three words) onto MailKit's options.</summary>
    public static SecureSocketOptions MapSecurity(string security) => security switch
    {
        "SslOnConnect" => SecureSocketOptions.SslOnConnect,
        "None" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    private MimeMessage Compose(AlertOptions options, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, Date = time.GetUtcNow() };
        message.From.Add(MailboxAddress.Parse(options.From ?? ""));
        foreach (string to in options.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
