using Microsoft.Extensions.Options;

namespace Schwab.Core.Hosting;

/// <summary>Takes the place of the options' start-up validation in daemons: <see cref="Checks.ConfigurationCheck"/> does it, per section.</summary>
internal sealed class NoStartupValidation : IStartupValidator
{
    public void Validate()
    {
    }
}
