using Microsoft.Extensions.Configuration;

namespace Schwab.Core.Configuration;

/// <summary>The values of <c>schwab.env</c> (read once, by <see cref="SecretsFile.Read"/>) as a configuration layer.</summary>
/// <remarks>A type of its own so that <see cref="ConfigurationProblems"/> can judge its top-level keys, unlike the process environment's.</remarks>
internal sealed class SecretsFileConfigurationSource(IReadOnlyDictionary<string, string?> values) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new SecretsFileConfigurationProvider(values);
}
