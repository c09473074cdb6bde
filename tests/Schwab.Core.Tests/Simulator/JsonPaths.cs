using System.Text.Json;

namespace Schwab.Core.Tests.Simulator;

/// <summary>Collects the property paths of a JSON tree (<c>callExpDateMap.*.*[].delta</c>), with dynamic map keys as <c>*</c>.</summary>
internal static class JsonPaths
{
    public static SortedSet<string> Collect(JsonElement root, Func<string, bool> keysAreDynamic)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(root, "$", paths, keysAreDynamic);
        return paths;
    }

    public static Func<string, bool> Maps(params string[] dynamicParents) => parent => dynamicParents.Contains(parent);

    /// <summary>Paths the fixture has and the simulator lacks.</summary>
    public static IReadOnlyList<string> Missing(JsonElement fixture, JsonElement simulator, Func<string, bool> keysAreDynamic) =>
        Collect(fixture, keysAreDynamic).Except(Collect(simulator, keysAreDynamic)).ToList();

    private static void Walk(JsonElement e, string path, SortedSet<string> paths, Func<string, bool> dynamic)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    string child = path + "." + (dynamic(path) ? "*" : p.Name);
                    paths.Add(child);
                    Walk(p.Value, child, paths, dynamic);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, path + "[]", paths, dynamic);
                }

                break;
        }
    }
}
