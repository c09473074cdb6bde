using Microsoft.Extensions.Configuration;

namespace Schwab.Core.Configuration;

/// <summary>Serves the values of <c>schwab.env</c>; see <see cref="SecretsFileConfigurationSource"/>.</summary>
internal sealed class SecretsFileConfigurationProvider(IReadOnlyDictionary<string, string?> values) : ConfigurationProvider
{
    public override void Load() => Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
}
