using Microsoft.Extensions.Configuration.Json;

namespace Schwab.Core.Configuration;

/// <summary>The settings file (<c>schwab.json</c>): a JSON source of its own type, so its top-level keys are judged and a host's appsettings.json is not.</summary>
internal sealed class SettingsFileConfigurationSource : JsonConfigurationSource
{
}
