using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration;

/// <summary>Checks <see cref="AlertOptions"/>; every failure names its key.</summary>
internal sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    private static readonly string[] s_securityModes = ["StartTls", "SslOnConnect", "None"];

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var problems = new ProblemList(AlertOptions.SectionName);
        problems.InRange(nameof(options.SmtpPort), options.SmtpPort, 1, 65535);
        problems.Positive(nameof(options.ThrottleWindow), options.ThrottleWindow);
        if (!s_securityModes.Contains(options.Security, StringComparer.Ordinal))
        {
            problems.Add(nameof(options.Security), $"'{options.Security}' is not one of {string.Join(", ", s_securityModes)}");
        }

        if (options.Enabled)
        {
            problems.Required(nameof(options.SmtpHost), options.SmtpHost);
            Address(problems, nameof(options.From), options.From);
            problems.NotEmpty(nameof(options.To), options.To.ToList());
            for (int i = 0; i < options.To.Count; i++)
            {
                Address(problems, $"{nameof(options.To)}:{i}", options.To[i]);
            }

            if (!string.IsNullOrEmpty(options.Username) && string.IsNullOrEmpty(options.Password))
            {
                problems.Add(nameof(options.Password), "is required when Username is set (set Alerts__Password in the environment file)");
            }
        }

        return problems.ToResult();
    }

    private static void Address(ProblemList problems, string key, string? value)
    {
        if (!MailAddress.TryCreate(value, out _))
        {
            problems.Add(key, $"'{value}' is not an email address");
        }
    }
}
