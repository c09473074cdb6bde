using Microsoft.Extensions.Configuration;

namespace Schwab.Core.Configuration;

/// <summary>
/// Where the pipeline's settings come from, the same for <c>schwabctl</c> and every daemon: one JSON file (non-secret
/// settings), then the secrets file <c>schwab.env</c> beside it (<see cref="SecretsFile"/>), then the process
/// environment (<c>Section__Key</c>), later layers winning. <c>token.key</c> beside the settings file is the default
/// <c>Security:KeyFile</c>.
/// </summary>
/// <remarks>
/// The JSON file is, in order: the <c>--config PATH</c> option, the <c>SCHWAB_CONFIG</c> variable,
/// <c>./schwab.json</c> when it exists, then <c>/etc/schwab/schwab.json</c> when it exists. A path given explicitly
/// must exist. With none of them there are no settings: commands that need them fail saying where they looked,
/// rather than fall back to a database nobody configured.
/// </remarks>
public static class SchwabConfiguration
{
    /// <summary>The environment variable naming the settings file.</summary>
    public const string ConfigEnvironmentVariable = "SCHWAB_CONFIG";

    /// <summary>The production settings file.</summary>
    public const string ProductionPath = "/etc/schwab/schwab.json";

    /// <summary>The development settings file, relative to the working directory.</summary>
    public const string DevelopmentPath = "schwab.json";

    /// <summary>The token key's file name, beside the settings file (used when <c>Security:KeyFile</c> is not set).</summary>
    public const string TokenKeyFileName = "token.key";

    /// <summary>Decides which settings file to read, or none.</summary>
    /// <param name="explicitPath">The <c>--config</c> value, if any.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <exception cref="ConfigurationProblemException">An explicitly named file does not exist.</exception>
    public static string? ResolvePath(string? explicitPath, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return RequireFile(explicitPath, "--config");
        }

        string? fromEnvironment = environment(ConfigEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return RequireFile(fromEnvironment, ConfigEnvironmentVariable);
        }

        if (File.Exists(DevelopmentPath))
        {
            return Path.GetFullPath(DevelopmentPath);
        }

        return File.Exists(ProductionPath) ? ProductionPath : null;
    }

    /// <summary>The one-line problem when no settings file is found, saying everywhere it looked.</summary>
    public static string NotFoundMessage() =>
        $"no settings file found: --config not given, ${ConfigEnvironmentVariable} not set, ./{DevelopmentPath} and {ProductionPath} do not exist " +
        $"(pass --config PATH or set {ConfigEnvironmentVariable})";

    /// <summary>
    /// Adds, in this order: <c>token.key</c> beside the settings file as the default <c>Security:KeyFile</c> (when it
    /// exists), the settings file, <c>schwab.env</c> beside it, then the process environment.
    /// </summary>
    /// <param name="builder">The configuration builder.</param>
    /// <param name="explicitPath">The <c>--config</c> value, if any.</param>
    /// <param name="environment">Reads an environment variable (for <c>SCHWAB_CONFIG</c>).</param>
    /// <param name="required">False for commands that work without settings: then only the environment is added when no file is found.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ConfigurationProblemException">No settings file (when required), or the secrets file is unreadable or malformed.</exception>
    public static IConfigurationBuilder AddSchwabSources(
        this IConfigurationBuilder builder, string? explicitPath, Func<string, string?>? environment = null, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string? path = ResolvePath(explicitPath, environment ?? Environment.GetEnvironmentVariable);
        if (path is null)
        {
            return required ? throw new ConfigurationProblemException(NotFoundMessage()) : builder.AddEnvironmentVariables();
        }

        string folder = Path.GetDirectoryName(path) ?? ".";
        string keyFile = Path.Combine(folder, TokenKeyFileName);
        if (File.Exists(keyFile))
        {
            builder.AddInMemoryCollection([new($"{Security.TokenKeyOptions.SectionName}:KeyFile", keyFile)]);
        }

        var settings = new SettingsFileConfigurationSource { Path = path, Optional = false, ReloadOnChange = false };
        settings.ResolveFileProvider();
        builder.Add(settings);
        builder.Add(new SecretsFileConfigurationSource(SecretsFile.Read(Path.Combine(folder, SecretsFile.FileName))));
        return builder.AddEnvironmentVariables();
    }

    /// <summary>Builds the configuration, turning an unreadable settings file into a one-line problem.</summary>
    /// <param name="explicitPath">The <c>--config</c> value, if any.</param>
    /// <param name="environment">Reads an environment variable (for <c>SCHWAB_CONFIG</c>).</param>
    /// <param name="required">False for commands that work without settings.</param>
    /// <exception cref="ConfigurationProblemException">The file is missing or is not valid JSON, or the secrets file is unusable.</exception>
    public static IConfigurationRoot Build(string? explicitPath, Func<string, string?>? environment = null, bool required = true)
    {
        try
        {
            return new ConfigurationBuilder().AddSchwabSources(explicitPath, environment, required).Build();
        }
        catch (InvalidDataException ex)
        {
            // The JSON provider reports syntax errors as InvalidDataException with the file and line in the inner exception.
            throw new ConfigurationProblemException($"settings file is not valid JSON: {ex.Message} {ex.GetBaseException().Message}", ex);
        }
        catch (FormatException ex)
        {
            throw new ConfigurationProblemException($"settings file is not valid: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            // Typically /etc/schwab/schwab.json not readable by the unit's user (it should be root:schwab 0640).
            throw new ConfigurationProblemException($"settings file cannot be read by this user: {ex.Message}", ex);
        }
    }

    private static string RequireFile(string path, string source)
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return full;
        }

        // File.Exists is also false when a folder on the way cannot be searched; say which it is.
        try
        {
            File.OpenHandle(full).Dispose();
        }
        catch (UnauthorizedAccessException)
        {
            throw new ConfigurationProblemException($"settings file '{full}' (from {source}) cannot be read by this user: permission denied");
        }
        catch (IOException)
        {
            // Not there: reported below.
        }

        throw new ConfigurationProblemException($"settings file '{full}' (from {source}) does not exist");
    }
}
