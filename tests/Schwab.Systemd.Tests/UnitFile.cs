namespace Schwab.Systemd.Tests;

/// <summary>A systemd unit file read as section → setting → values (a setting may repeat), comments and blank lines dropped.</summary>
internal sealed class UnitFile
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _sections = new(StringComparer.Ordinal);

    private UnitFile(string name) => Name = name;

    public string Name { get; }

    public static UnitFile Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>
    /// The unit <paramref name="name"/> in <paramref name="folder"/> as systemd applies it: the unit file, then the
    /// drop-ins of <c>schwab-.service.d/</c> (every <c>schwab-*.service</c>) and of <c>NAME.d/</c>, all sorted by file
    /// name; drop-ins named in <paramref name="except"/> are left out.
    /// </summary>
    public static UnitFile LoadWithDropIns(string folder, string name, params string[] except)
    {
        string type = Path.GetExtension(name);
        string[] dropInFolders = [Path.Combine(folder, "schwab-" + type + ".d"), Path.Combine(folder, name + ".d")];
        IEnumerable<string> dropIns = dropInFolders.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.conf"))
            .Where(f => !except.Contains(Path.GetFileName(f)))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal);
        string text = string.Join('\n', new[] { Path.Combine(folder, name) }.Concat(dropIns).Select(File.ReadAllText));
        return Parse(name, text);
    }

    public static UnitFile Parse(string name, string text)
    {
        var unit = new UnitFile(name);
        Dictionary<string, List<string>>? section = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                string sectionName = line[1..^1];
                section = unit._sections.TryGetValue(sectionName, out var existing) ? existing : unit._sections[sectionName] = new(StringComparer.Ordinal);
                continue;
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (section is null || equals <= 0)
            {
                throw new FormatException($"{name}: line '{line}' is outside a section or has no '='");
            }

            string key = line[..equals].Trim();
            (section.TryGetValue(key, out var values) ? values : section[key] = []).Add(line[(equals + 1)..].Trim());
        }

        return unit;
    }

    /// <summary>Every value of <paramref name="key"/> in <paramref name="section"/>, in file order.</summary>
    public IReadOnlyList<string> All(string section, string key) =>
        _sections.TryGetValue(section, out var settings) && settings.TryGetValue(key, out var values) ? values : [];

    /// <summary>The last value of <paramref name="key"/> (the one systemd applies for single-valued settings), or null.</summary>
    public string? Get(string section, string key) => All(section, key) is [.., string last] ? last : null;

    /// <summary>Every setting name in <paramref name="section"/>.</summary>
    public IEnumerable<string> Keys(string section) => _sections.TryGetValue(section, out var settings) ? settings.Keys : [];
}
