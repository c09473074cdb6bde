using Microsoft.Extensions.Options;
using Schwab.Core.Alerts;
using Schwab.Core.Configuration;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Cli.Commands.Check;

/// <summary>The alert SMTP settings: off (fine, and said: nobody hears of failures), or on and the server answers (connect, TLS, auth; nothing sent).</summary>
internal sealed class SmtpCheck(IOptions<AlertOptions> options, AlertMailer mailer) : IPrerequisiteCheck
{
    public async Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken)
    {
        AlertOptions value;
        try
        {
            value = options.Value;
        }
        catch (OptionsValidationException ex)
        {
            return [CheckResult.Failed("alerts", string.Join("; ", ex.Failures))];
        }

        if (!value.Enabled)
        {
            return [CheckResult.Ok("alerts", "disabled (Alerts:Enabled is false): failures are not mailed to anyone")];
        }

        try
        {
            await mailer.ProbeAsync(value, cancellationToken);
            return [CheckResult.Ok("alerts", $"SMTP server {value.SmtpHost}:{value.SmtpPort} answers ({value.Security}); mail goes to {string.Join(", ", value.To)}")];
        }
        catch (AlertDeliveryException ex)
        {
            return [CheckResult.Failed("alerts", ex.Message)];
        }
    }
}
