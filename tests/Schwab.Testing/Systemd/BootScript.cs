namespace Schwab.Testing.Systemd;

/// <summary>
/// The shells that <c>unshare --pid --fork --mount --propagation private</c> runs to become a private systemd: nothing
/// they mount is visible outside. <see cref="Shell"/> stands a staging folder (an <c>install.sh --root</c> output) in for
/// the installed system; <see cref="PackageShell"/> boots an empty system in which a test installs the .deb.
/// </summary>
internal static class BootScript
{
    /// <summary>The target the private systemd boots: journald and nothing else, never sysinit/basic (their tmpfiles empty the host's /tmp).</summary>
    public const string TargetName = "schwab-test-boot.target";

    public const string Target = """
        [Unit]
        Description=Private systemd for the Schwab Pipeline tests
        DefaultDependencies=no
        Wants=systemd-journald.socket
        """;

    // $1 staging root, $2/$3 the passwd/group lines to add inside ("" when the host has the user).
    // Order matters: the staging folder lives under /tmp, so everything is taken from it before /tmp is covered.
    // /usr is an overlay whose upper layer holds the staged usr/ and lib/ (merged /usr: /lib is /usr/lib), so the
    // staged /usr/bin/schwabctl and /lib/systemd/system units appear beside the host's and the host's /usr stays as is.
    public const string Shell = """
        set -eu
        S="$1"; NS="$S/.ns"
        exec >"$NS/boot.log" 2>&1
        # A private copy of /etc: the schwab user and /etc/schwab exist only inside, the host's /etc is untouched.
        cp -a /etc "$NS/etc"
        rm -rf "$NS"/etc/systemd/system/schwab*
        if [ -n "$2" ]; then echo "$2" >>"$NS/etc/passwd"; echo "$3" >>"$NS/etc/group"; fi
        mkdir -p "$NS/etc/schwab" "$NS/usr-upper/lib" "$NS/usr-work"
        if [ -d "$S/usr" ]; then cp -a "$S/usr/." "$NS/usr-upper/"; fi
        if [ -d "$S/lib" ]; then cp -a "$S/lib/." "$NS/usr-upper/lib/"; fi
        mount -t overlay overlay -o "lowerdir=/usr,upperdir=$NS/usr-upper,workdir=$NS/usr-work" /usr
        mount --bind "$NS/etc" /etc
        mount --bind "$S/etc/schwab" /etc/schwab
        mount --bind "$S/opt" /opt
        mount --bind "$S/var/lib" /var/lib
        mount -t proc proc /proc
        mount -t tmpfs tmpfs /run
        mkdir -p /run/systemd/system
        cp -a "$S/etc/systemd/system/." /run/systemd/system/
        cp "$NS/schwab-test-boot.target" /run/systemd/system/
        mount -t tmpfs tmpfs /tmp
        mount -t tmpfs tmpfs /var/tmp
        # Or the private journald writes into the host's persistent journal.
        if [ -d /var/log/journal ]; then mount -t tmpfs tmpfs /var/log/journal; fi
        exec /lib/systemd/systemd --system --unit=schwab-test-boot.target
        """;

    /// <summary>Where <see cref="PackageShell"/> puts the package inside the namespace.</summary>
    public const string PackagePath = "/run/schwab-test/schwab-pipeline.deb";

    /// <summary>Where <see cref="PackageShell"/> shows the source tree, when it is given one.</summary>
    public const string SourcePath = "/run/schwab-test/src";

    // $1 work folder (its .ns/package.deb, if any, is the package), $2 the source tree or "". A system with nothing of ours: /usr and /var are overlays
    // with empty upper layers (dpkg's database, /var/lib/schwab and the installed files land there), /etc a private
    // copy, /opt empty; `dpkg -i` (or install.sh) run through nsenter then acts on the namespace only, adduser and
    // daemon-reload included.
    public const string PackageShell = """
        set -eu
        S="$1"; NS="$S/.ns"
        exec >"$NS/boot.log" 2>&1
        cp -a /etc "$NS/etc"
        rm -rf "$NS"/etc/systemd/system/schwab* "$NS"/etc/schwab
        mkdir -p "$NS/opt" "$NS/usr-upper" "$NS/usr-work" "$NS/var-upper" "$NS/var-work"
        mount -t overlay overlay -o "lowerdir=/usr,upperdir=$NS/usr-upper,workdir=$NS/usr-work" /usr
        mount -t overlay overlay -o "lowerdir=/var,upperdir=$NS/var-upper,workdir=$NS/var-work" /var
        mount --bind "$NS/etc" /etc
        mount --bind "$NS/opt" /opt
        mount -t proc proc /proc
        mount -t tmpfs tmpfs /run
        mkdir -p /run/systemd/system /run/schwab-test/src
        if [ -f "$NS/package.deb" ]; then cp "$NS/package.deb" /run/schwab-test/schwab-pipeline.deb; fi
        # $2, when given, is the source tree, seen inside at /run/schwab-test/src (it may live under /tmp, covered next).
        if [ -n "${2:-}" ]; then mount --bind "$2" /run/schwab-test/src; fi
        cp "$NS/schwab-test-boot.target" /run/systemd/system/
        mount -t tmpfs tmpfs /tmp
        mount -t tmpfs tmpfs /var/tmp
        if [ -d /var/log/journal ]; then mount -t tmpfs tmpfs /var/log/journal; fi
        exec /lib/systemd/systemd --system --unit=schwab-test-boot.target
        """;
}
