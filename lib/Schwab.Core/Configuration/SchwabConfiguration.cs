using Microsoft.Extensions.Configuration;

namespace Schwab.Core.Configuration;

/// <summary>
/// Where the pipeline's settings come from: one JSON file (non-secret settings) overlaid by environment
/// variables in the .NET <c>Section__Key</c> form (secrets, from <c>/etc/schwab/schwab.env</c> under systemd).
/// </summary>
/// <remarks>
/// The JSON file is, in order: the <c>--config PATH</c> option, the <c>SCHWAB_CONFIG</c> variable,
/// <c>./schwab.json</c> when it exists, then <c>/etc/schwab/schwab.json</c> when it exists. With none of them the
/// built-in defaults apply (the embedded SQLite file and the simulator). A path given explicitly must exist.
/// </remarks>
public static class SchwabConfiguration
{
    /// <summary>The environment variable naming the settings file.</summary>
    public const string ConfigEnvironmentVariable = "SCHWAB_CONFIG";

    /// <summary>The production settings file.</summary>
    public const string ProductionPath = "/etc/schwab/schwab.json";

    /// <summary>The development settings file, relative to the working directory.</summary>
    public const string DevelopmentPath = "schwab.json";

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

    /// <summary>Adds the settings file (if any) and then the environment variables.</summary>
    /// <returns>The builder, for chaining.</returns>
    public static IConfigurationBuilder AddSchwabSources(
        this IConfigurationBuilder builder, string? explicitPath, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string? path = ResolvePath(explicitPath, environment ?? Environment.GetEnvironmentVariable);
        if (path is not null)
        {
            builder.AddJsonFile(path, optional: false, reloadOnChange: false);
        }

        return builder.AddEnvironmentVariables();
    }

    /// <summary>Builds the configuration, turning an unreadable settings file into a one-line problem.</summary>
    /// <exception cref="ConfigurationProblemException">The file is missing or is not valid JSON.</exception>
    public static IConfigurationRoot Build(string? explicitPath, Func<string, string?>? environment = null)
    {
        try
        {
            return new ConfigurationBuilder().AddSchwabSources(explicitPath, environment).Build();
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
            // Typically /etc/schwab/schwab.json not readable by the unit's user (install.sh makes it root:schwab 0640).
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
