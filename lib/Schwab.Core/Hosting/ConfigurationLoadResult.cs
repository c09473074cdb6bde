using Schwab.Core.Configuration;

namespace Schwab.Core.Hosting;

/// <summary>A settings file that could not be read while the host was being built, reported at start-up instead of crashing the builder.</summary>
internal sealed class ConfigurationLoadResult(ConfigurationProblemException? problem)
{
    public ConfigurationProblemException? Problem { get; } = problem;
}
