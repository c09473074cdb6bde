using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// One daemon run as a child process, as an operator would run it in a terminal (<c>schwab-chains --config FILE</c>),
/// its stdout and stderr appended to <c>DIR/&lt;name&gt;.log</c>. Stopped with SIGTERM, as systemd stops a unit.
/// </summary>
internal sealed class DaemonProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StreamWriter _log;
    private bool _stopping;

    private DaemonProcess(string name, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    /// <summary>Whether it exited before the demo asked it to stop.</summary>
    public bool ExitedEarly => _process.HasExited && !_stopping;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public static DaemonProcess Start(string executable, string settingsPath, string logFolder)
    {
        string name = Path.GetFileName(executable);
        string logPath = Path.Combine(logFolder, name + ".log");
        // Through sh only to start the daemon with SIGINT ignored (inherited across exec): a terminal's Ctrl-C reaches the
        // whole foreground process group, and a daemon that got SIGINT and then the demo's SIGTERM mid-shutdown is killed
        // by the second signal (exit 143) instead of flushing. The demo alone reacts to Ctrl-C and sends each one SIGTERM.
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = logFolder,
        };
        // The settings file is the whole configuration: variables that would override it (SCHWAB_CONFIG, Database__…) are dropped.
        foreach (string key in info.Environment.Keys.Where(IsSettingsOverride).ToList())
        {
            info.Environment.Remove(key);
        }

        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("trap '' INT; exec \"$0\" \"$@\"");
        info.ArgumentList.Add(executable);
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(settingsPath);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new DaemonProcess(name, process, log, logPath);
    }

    /// <summary>Sends SIGTERM and waits up to <paramref name="timeout"/> for a clean exit, then kills it.</summary>
    /// <returns>The exit code, or null when it had to be killed.</returns>
    public async Task<int?> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            _stopping = true;
            _ = Kill(_process.Id, SigTerm);
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static bool IsSettingsOverride(string key) =>
        key == "SCHWAB_CONFIG" || (key.Contains("__", StringComparison.Ordinal) && !key.StartsWith("DOTNET_", StringComparison.Ordinal));

    private static void Append(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream?.CanWrite == true)
            {
                log.WriteLine(line);
            }
        }
    }

    // .NET has no API for a signal other than SIGKILL; the daemons flush on SIGTERM, so the demo sends that. DllImport,
    // not LibraryImport: two ints marshal as they are, and LibraryImport would make the whole CLI compile with /unsafe.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
