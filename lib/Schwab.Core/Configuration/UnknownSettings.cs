using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Schwab.Core.Configuration;

/// <summary>Finds keys in a section that no property of its options type reads: a typo there would otherwise be ignored silently.</summary>
internal static class UnknownSettings
{
    public static IEnumerable<string> Find(Type optionsType, IConfiguration configuration)
    {
        string section = ConfigurationProblems.SectionOf(optionsType);
        return Walk(optionsType, configuration.GetSection(section));
    }

    private static IEnumerable<string> Walk(Type type, IConfigurationSection section)
    {
        Type? element = ElementType(type, out bool keyed);
        if (element is not null)
        {
            // Lists are indexed 0, 1, 2…; dictionaries take any key. Either way each child is an element.
            foreach (IConfigurationSection child in section.GetChildren())
            {
                if (!keyed && !int.TryParse(child.Key, out _))
                {
                    yield return $"{child.Path}: '{child.Key}' is not a list index";
                    continue;
                }

                foreach (string problem in Walk(element, child))
                {
                    yield return problem;
                }
            }

            yield break;
        }

        if (IsLeaf(type))
        {
            foreach (IConfigurationSection child in section.GetChildren())
            {
                yield return $"{child.Path}: {section.Key} is a single value and has no setting '{child.Key}'";
            }

            yield break;
        }

        PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (IConfigurationSection child in section.GetChildren())
        {
            PropertyInfo? property = properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                string known = string.Join(", ", properties.Select(p => p.Name));
                yield return $"{child.Path}: is not a known setting (known in {section.Path}: {known})";
                continue;
            }

            foreach (string problem in Walk(property.PropertyType, child))
            {
                yield return problem;
            }
        }
    }

    private static Type? ElementType(Type type, out bool keyed)
    {
        keyed = false;
        if (type == typeof(string))
        {
            return null;
        }

        Type? dictionary = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            keyed = true;
            return dictionary.GetGenericArguments()[1];
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        Type? enumerable = typeof(IEnumerable).IsAssignableFrom(type)
            ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            : null;
        return enumerable?.GetGenericArguments()[0];
    }

    private static bool IsLeaf(Type type)
    {
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan)
            || t == typeof(TimeOnly) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(Uri);
    }
}
