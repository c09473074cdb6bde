using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Configuration;

/// <summary>
/// Lists every configuration problem at once — values that do not convert, values validators refuse, and
/// keys no setting has — each as one line starting with its key. Daemons fail their start with this list;
/// <c>schwabctl check</c> prints it.
/// </summary>
public static partial class ConfigurationProblems
{
    /// <summary>Collects the problems of every options type registered with a validator in <paramref name="services"/>.</summary>
    /// <param name="services">The registrations, to find the options types.</param>
    /// <param name="provider">The provider built from them.</param>
    /// <param name="configuration">The configuration they bind to.</param>
    /// <returns>The problems, in section order; empty when the configuration is usable.</returns>
    public static IReadOnlyList<string> Collect(IServiceCollection services, IServiceProvider provider, IConfiguration configuration) =>
        [.. CollectBySection(services, provider, configuration).Select(p => p.Message)];

    /// <summary>
    /// Like <see cref="Collect"/>, each problem with its top-level section, plus the top-level keys of the settings file and
    /// <c>schwab.env</c> that are no known section (the process environment is not judged: PATH, HOME… are not ours).
    /// </summary>
    /// <returns>The problems; empty when the configuration is usable.</returns>
    public static IReadOnlyList<ConfigurationProblem> CollectBySection(IServiceCollection services, IServiceProvider provider, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<ConfigurationProblem>();
        List<Type> types = [.. OptionsTypes(services)];
        problems.AddRange(UnknownSections(configuration, types));
        foreach (Type optionsType in types)
        {
            string section = SectionOf(optionsType);
            problems.AddRange(UnknownSettings.Find(optionsType, configuration).Select(m => new ConfigurationProblem(section, m)));
            try
            {
                object options = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(optionsType));
                _ = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is OptionsValidationException validation)
            {
                problems.AddRange(validation.Failures.Select(m => new ConfigurationProblem(section, m)));
            }
            catch (TargetInvocationException ex) when (ex.InnerException is InvalidOperationException binding)
            {
                problems.Add(new ConfigurationProblem(section, DescribeBindingError(binding, configuration)));
            }
        }

        return problems;
    }

    private static IEnumerable<ConfigurationProblem> UnknownSections(IConfiguration configuration, IEnumerable<Type> types)
    {
        if (configuration is not IConfigurationRoot root)
        {
            yield break;
        }

        var known = new SortedSet<string>(KnownSections.All.Concat(types.Select(SectionOf)), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (IConfigurationProvider source in root.Providers.Where(p =>
            p is SecretsFileConfigurationProvider or Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider { Source: SettingsFileConfigurationSource }))
        {
            foreach (string key in source.GetChildKeys([], parentPath: null))
            {
                if (!known.Contains(key) && seen.Add(key))
                {
                    yield return new ConfigurationProblem(key, $"{key}: is not a known section (known: {string.Join(", ", known)})");
                }
            }
        }
    }

    internal static string DescribeBindingError(InvalidOperationException error, IConfiguration configuration)
    {
        Match match = BindingErrorPattern().Match(error.Message);
        if (!match.Success)
        {
            return error.Message;
        }

        string key = match.Groups["key"].Value;
        string typeName = match.Groups["type"].Value;
        Type? type = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(typeName, throwOnError: false))
            .FirstOrDefault(t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        string expected = type switch
        {
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(TimeSpan) => "a duration such as 00:05:00 (hh:mm:ss) or 1.00:00:00 (days)",
            _ when type == typeof(TimeOnly) => "a time of day such as 09:30",
            _ when type == typeof(bool) => "true or false",
            _ => $"a {type?.Name ?? typeName}",
        };
        return $"{key}: '{configuration[key]}' is not valid, expected {expected}";
    }

    private static IEnumerable<Type> OptionsTypes(IServiceCollection services) =>
        services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Distinct()
            .OrderBy(t => SectionOf(t), StringComparer.Ordinal);

    internal static string SectionOf(Type optionsType) =>
        optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string ?? optionsType.Name;

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex BindingErrorPattern();
}
