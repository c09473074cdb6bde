using System.Diagnostics;
using System.Globalization;

namespace Schwab.Testing.Systemd;

/// <summary>
/// A real systemd booted as PID 1 of private PID and mount namespaces, over an <c>install.sh --root</c> staging folder
/// (<see cref="BootAsync"/>) or over an empty system to install the .deb into (<see cref="BootForPackageAsync"/>). Talk
/// to it with <see cref="RunAsync"/>; disposing SIGKILLs its PID 1, which ends everything inside and drops every mount
/// with the namespace.
/// </summary>
/// <remarks>Waits poll with a short delay under a deadline; that loop lives here, in <see cref="WaitUntilAsync"/>, and nowhere in test bodies.</remarks>
public sealed partial class PrivateSystemd : IAsyncDisposable
{
    private const string SystemdPath = "/lib/systemd/systemd";
    private static readonly TimeSpan s_pollDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _unshare;

    private PrivateSystemd(Process unshare, int pid, string stagingRoot, NamespaceUser user)
    {
        _unshare = unshare;
        Pid = pid;
        StagingRoot = stagingRoot;
        User = user;
    }

    /// <summary>Where <see cref="BootForPackageAsync"/> puts the package inside the namespace.</summary>
    public const string PackagePath = BootScript.PackagePath;

    /// <summary>Where <see cref="BootForPackageAsync"/> shows the source tree it was given (the README's relative paths start there).</summary>
    public const string SourcePath = BootScript.SourcePath;

    /// <summary>The private PID 1 as the host sees it.</summary>
    public int Pid { get; }

    /// <summary>The staging folder standing in for <c>/</c> (its <c>opt/schwab</c>, <c>etc/schwab</c>, <c>var/lib</c>).</summary>
    public string StagingRoot { get; }

    /// <summary>The <c>schwab</c> user inside the namespace (under <see cref="BootForPackageAsync"/>, postinst makes it).</summary>
    public NamespaceUser User { get; }

    /// <summary>Why the harness cannot run here (one line), or null when it can.</summary>
    public static string? SkipReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the private-systemd tests need Linux";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "the private-systemd tests need root (they boot systemd in new PID and mount namespaces)";
        }

        if (!File.Exists(SystemdPath))
        {
            return $"the private-systemd tests need {SystemdPath} (apt-get install systemd)";
        }

        string? missing = new[] { "unshare", "nsenter", "systemctl", "journalctl" }.FirstOrDefault(t => ProcessRunner.Which(t) is null);
        return missing is null ? null : $"the private-systemd tests need '{missing}' on PATH (util-linux, systemd)";
    }

    /// <summary>Boots a private systemd over <paramref name="stagingRoot"/> (an <c>install.sh --root</c> output) and waits until it runs.</summary>
    /// <exception cref="InvalidOperationException">The boot failed; the message holds the boot log.</exception>
    public static async Task<PrivateSystemd> BootAsync(string stagingRoot, CancellationToken cancellationToken)
    {
        stagingRoot = Path.GetFullPath(stagingRoot);
        NamespaceUser user = NamespaceUser.Choose();
        Directory.CreateDirectory(Path.Combine(stagingRoot, "var/lib/schwab"));
        Directory.CreateDirectory(Path.Combine(stagingRoot, "etc/systemd/system"));
        Directory.CreateDirectory(Path.Combine(stagingRoot, "etc/schwab"));
        await GiveToUserAsync(stagingRoot, user, cancellationToken);
        return await BootAsync(stagingRoot, BootScript.Shell, [user.OnHost ? "" : user.PasswdLine, user.OnHost ? "" : user.GroupLine], user, cancellationToken);
    }

    /// <summary>
    /// Boots a private systemd over an empty system (private <c>/etc</c> copy, <c>/usr</c> and <c>/var</c> overlays,
    /// empty <c>/opt</c>) with <paramref name="package"/> (if any) at <see cref="PackagePath"/>, for a test to
    /// <c>dpkg -i</c> or run <c>install.sh</c> in; <paramref name="workRoot"/> holds the overlays' upper layers
    /// (<c>.ns/var-upper</c>, …).
    /// </summary>
    /// <exception cref="InvalidOperationException">The boot failed; the message holds the boot log.</exception>
    public static async Task<PrivateSystemd> BootForPackageAsync(
        string workRoot, string? package, CancellationToken cancellationToken, string? sourceTree = null)
    {
        workRoot = Path.GetFullPath(workRoot);
        Directory.CreateDirectory(Path.Combine(workRoot, ".ns"));
        if (package is not null)
        {
            File.Copy(package, Path.Combine(workRoot, ".ns", "package.deb"), overwrite: true);
        }

        string[] arguments = [sourceTree is null ? "" : Path.GetFullPath(sourceTree)];
        return await BootAsync(workRoot, BootScript.PackageShell, arguments, NamespaceUser.Choose(), cancellationToken);
    }

    private static async Task<PrivateSystemd> BootAsync(
        string stagingRoot, string shell, string[] arguments, NamespaceUser user, CancellationToken cancellationToken)
    {
        string ns = Path.Combine(stagingRoot, ".ns");
        Directory.CreateDirectory(ns);
        await File.WriteAllTextAsync(Path.Combine(ns, BootScript.TargetName), BootScript.Target + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(ns, "boot.sh"), shell + "\n", cancellationToken);

        // The boot shell logs to .ns/boot.log; unshare's own complaints (e.g. when PID 1 is killed) are kept out of test output.
        var info = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "--pid", "--fork", "--mount", "--propagation", "private", "sh", Path.Combine(ns, "boot.sh"), stagingRoot })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process unshare = Process.Start(info) ?? throw new InvalidOperationException("could not start unshare");
        unshare.OutputDataReceived += (_, _) => { };
        unshare.ErrorDataReceived += (_, _) => { };
        unshare.BeginOutputReadLine();
        unshare.BeginErrorReadLine();
        int pid = 0;
        try
        {
            await WaitUntilAsync(
                () => Task.FromResult((pid = FirstChild(unshare.Id)) > 0 || unshare.HasExited), TimeSpan.FromSeconds(20), "the private PID 1 to appear");
            if (unshare.HasExited)
            {
                throw new InvalidOperationException("the private systemd did not start:\n" + BootLog(stagingRoot));
            }

            var systemd = new PrivateSystemd(unshare, pid, stagingRoot, user);
            await WaitUntilAsync(
                async () => unshare.HasExited || (await systemd.SystemctlAsync("is-system-running")).Stdout.Trim() is "running" or "degraded",
                TimeSpan.FromSeconds(60), "the private systemd to finish booting");
            if (unshare.HasExited)
            {
                throw new InvalidOperationException("the private systemd stopped while booting:\n" + BootLog(stagingRoot));
            }

            return systemd;
        }
        catch
        {
            await new PrivateSystemd(unshare, pid, stagingRoot, user).DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends the private systemd and everything in it (SIGKILL to its PID 1 from outside).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Pid > 0)
        {
            try
            {
                using Process pid1 = Process.GetProcessById(Pid);
                pid1.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        if (!_unshare.HasExited)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _unshare.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                _unshare.Kill(entireProcessTree: true);
            }
        }

        _unshare.Dispose();
    }

    private static int FirstChild(int pid)
    {
        string path = $"/proc/{pid}/task/{pid}/children";
        string text = File.Exists(path) ? File.ReadAllText(path) : "";
        return int.TryParse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int child)
            ? child
            : 0;
    }

    private static string BootLog(string stagingRoot)
    {
        string path = Path.Combine(stagingRoot, ".ns", "boot.log");
        return File.Exists(path) ? File.ReadAllText(path) : "(no boot log)";
    }

    // What install.sh does when the user exists: the units' user reads the settings and owns the state folder.
    private static async Task GiveToUserAsync(string stagingRoot, NamespaceUser user, CancellationToken cancellationToken)
    {
        string ids = string.Create(CultureInfo.InvariantCulture, $"{user.Uid}:{user.Gid}");
        string group = string.Create(CultureInfo.InvariantCulture, $"0:{user.Gid}");
        foreach (string[] command in new[]
        {
            new[] { "chown", "-R", group, Path.Combine(stagingRoot, "etc/schwab") },
            ["chown", "-R", ids, Path.Combine(stagingRoot, "var/lib/schwab")],
        })
        {
            CommandResult result = await ProcessRunner.RunAsync(command[0], command[1..], cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"{string.Join(' ', command)} failed: {result.Stderr.Trim()}");
            }
        }
    }
}
