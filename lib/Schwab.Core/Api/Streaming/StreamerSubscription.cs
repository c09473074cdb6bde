using System.Collections.Immutable;
using System.Globalization;

namespace Schwab.Core.Api.Streaming;

/// <summary>The desired subscription of one service: keys in the order first requested, and fields.</summary>
/// <param name="Service">The service, e.g. LEVELONE_OPTIONS.</param>
/// <param name="Keys">Distinct keys, exactly as given (option symbols keep their spaces).</param>
/// <param name="Fields">Distinct field numbers, ascending, always including 0.</param>
public sealed record StreamerSubscription(string Service, ImmutableArray<string> Keys, ImmutableArray<int> Fields)
{
    /// <summary>The <c>keys</c> parameter: comma-separated.</summary>
    public string KeysParameter => string.Join(',', Keys);

    /// <summary>The <c>fields</c> parameter: comma-separated numbers.</summary>
    public string FieldsParameter => string.Join(',', Fields.Select(static f => f.ToString(CultureInfo.InvariantCulture)));

    internal static StreamerSubscription Create(string service, IEnumerable<string> keys, IEnumerable<int> fields)
        => new(service, Distinct([], keys), NormalizeFields(fields));

    internal StreamerSubscription WithAdded(IEnumerable<string> keys, IEnumerable<int> fields)
        => new(Service, Distinct(Keys, keys), NormalizeFields(fields));

    internal StreamerSubscription WithoutKeys(IEnumerable<string> keys)
    {
        var removed = new HashSet<string>(keys, StringComparer.Ordinal);
        return this with { Keys = [.. Keys.Where(k => !removed.Contains(k))] };
    }

    internal StreamerSubscription WithFields(IEnumerable<int> fields) => this with { Fields = NormalizeFields(fields) };

    internal static ImmutableArray<string> CheckKeys(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ImmutableArray<string> list = [.. keys];
        foreach (string key in list)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Streamer key '{key}' is empty or contains a comma", nameof(keys));
            }
        }

        return list;
    }

    private static ImmutableArray<string> Distinct(ImmutableArray<string> existing, IEnumerable<string> added)
    {
        var seen = new HashSet<string>(existing, StringComparer.Ordinal);
        ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
        builder.AddRange(existing);
        foreach (string key in added)
        {
            if (seen.Add(key))
            {
                builder.Add(key);
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<int> NormalizeFields(IEnumerable<int> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var set = new SortedSet<int>(fields) { 0 }; // field 0 (symbol) is always requested (schwab-api.md §4.2)
        if (set.Min < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fields), "Streamer field numbers must not be negative");
        }

        return [.. set];
    }
}
