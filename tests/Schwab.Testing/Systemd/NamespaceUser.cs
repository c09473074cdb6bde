using System.Globalization;

namespace Schwab.Testing.Systemd;

/// <summary>
/// The <c>schwab</c> system user the units run as. The private systemd shares the host's file system, so instead of
/// adding a user to the host, the harness gives the namespace its own copy of <c>/etc</c> in which <c>passwd</c> and
/// <c>group</c> gain a <c>schwab</c> entry (the host's entry, with its ids, when the host already has one).
/// </summary>
public sealed record NamespaceUser(int Uid, int Gid, bool OnHost)
{
    /// <summary>The user's name, as the units' <c>User=</c> says.</summary>
    public const string Name = "schwab";

    /// <summary>The host's <c>schwab</c> user, or a free system id pair below 1000 for the namespace's copy.</summary>
    public static NamespaceUser Choose(string passwdPath = "/etc/passwd", string groupPath = "/etc/group")
    {
        string[] passwd = File.ReadAllLines(passwdPath);
        string[] group = File.ReadAllLines(groupPath);
        string[]? existing = passwd.Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 3 && f[0] == Name);
        if (existing is not null)
        {
            return new NamespaceUser(Parse(existing[2]), Parse(existing[3]), OnHost: true);
        }

        var taken = passwd.Select(l => l.Split(':')).Where(f => f.Length > 3).Select(f => Parse(f[2]))
            .Concat(group.Select(l => l.Split(':')).Where(f => f.Length > 2).Select(f => Parse(f[2])))
            .ToHashSet();
        int id = Enumerable.Range(900, 99).Reverse().First(i => !taken.Contains(i));
        return new NamespaceUser(id, id, OnHost: false);
    }

    /// <summary>The <c>passwd</c> line for the namespace's copy.</summary>
    public string PasswdLine => string.Create(CultureInfo.InvariantCulture, $"{Name}:x:{Uid}:{Gid}:Schwab Pipeline:/var/lib/schwab:/usr/sbin/nologin");

    /// <summary>The <c>group</c> line for the namespace's copy.</summary>
    public string GroupLine => string.Create(CultureInfo.InvariantCulture, $"{Name}:x:{Gid}:");

    private static int Parse(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : -1;
}
