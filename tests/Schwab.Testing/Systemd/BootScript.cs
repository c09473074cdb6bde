namespace Schwab.Testing.Systemd;

/// <summary>
/// The shell that <c>unshare --pid --fork --mount --propagation private</c> runs to become a private systemd (SPEC §8):
/// nothing it mounts is visible outside, and the staging folder stands in for the installed system.
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
    public const string Shell = """
        set -eu
        S="$1"; NS="$S/.ns"
        exec >"$NS/boot.log" 2>&1
        # A private copy of /etc: the schwab user and /etc/schwab exist only inside, the host's /etc is untouched.
        cp -a /etc "$NS/etc"
        rm -rf "$NS"/etc/systemd/system/schwab*
        if [ -n "$2" ]; then echo "$2" >>"$NS/etc/passwd"; echo "$3" >>"$NS/etc/group"; fi
        mkdir -p "$NS/etc/schwab"
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
}
