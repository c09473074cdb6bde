using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration;
using Schwab.Core.Security;

namespace Schwab.Core.Alerts;

/// <summary>Settings, composition and delivery of <see cref="AlertDispatcher"/>.</summary>
internal sealed partial class AlertDispatcher
{
    private static string Prefix(string subject) => $"[schwab {HostName}] {subject}";

    private static string Compose(string key, string body, AlertRow? row, AlertOptions settings)
    {
        var text = new StringBuilder(body.TrimEnd()).Append("\n\n-- \n");
        text.Append(CultureInfo.InvariantCulture, $"Alert key: {key}\nHost: {HostName}\n");
        if (row is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Seen {row.OccurrenceCount} time(s); this incident since {row.FirstSeenAt:u}, latest {row.LastSeenAt:u}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"The same alert is mailed at most once every {settings.ThrottleWindow}.\n");
        return text.ToString();
    }

    private bool TryGetOptions([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AlertOptions? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        try
        {
            value = options.Value;
            problem = null;
            return true;
        }
        catch (OptionsValidationException ex)
        {
            value = null;
            problem = string.Join("; ", ex.Failures);
            return false;
        }
    }

    // Read from the raw configuration, not SchwabApiOptions: an alert must still go out when the app settings are invalid.
    private string[] KnownSecrets(AlertOptions settings) =>
    [
        settings.Password ?? "",
        .. configuration.GetSection("Schwab:Apps").GetChildren().Select(app => app["ClientSecret"] ?? ""),
    ];

    private async Task<bool> TryDeliverAsync(
        AlertOptions settings, string key, string safeSubject, string body, string[] secrets, CancellationToken cancellationToken, bool recovery = false)
    {
        string subject = Prefix(recovery ? "RESOLVED: " + safeSubject : safeSubject);
        try
        {
            await mailer.SendAsync(settings, subject, SecretRedactor.Redact(body, secrets), cancellationToken);
            return true;
        }
        catch (AlertDeliveryException ex)
        {
            if (recovery)
            {
                Log.RecoverySendFailed(logger, key, ex.Message);
            }
            else
            {
                Log.AlertSendFailed(logger, key, ex.Message);
            }

            return false;
        }
    }
}
