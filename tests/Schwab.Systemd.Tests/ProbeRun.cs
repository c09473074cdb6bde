using System.Diagnostics;
using Schwab.Testing;

namespace Schwab.Systemd.Tests;

/// <summary>One daemon process (the probe or a real daemon) with its stderr collected line by line.</summary>
internal sealed class ProbeRun : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Task _stderr;
    private readonly Task<string> _stdout;
    private TaskCompletionSource<string>? _awaited;
    private string? _awaitedText;

    private ProbeRun(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = Task.Run(ReadStderrAsync);
    }

    public int Pid => _process.Id;

    public IReadOnlyList<string> Lines { get { lock (_lines) { return [.. _lines]; } } }

    public string Stdout => _stdout.IsCompleted ? _stdout.Result : "";

    public static async Task<ProbeRun> StartAsync(TempDirectory dir, string[] extraArguments)
    {
        string config = await DaemonSetup.WriteAsync(dir);
        return Start(Repository.ProbeExecutable, dir.Path, ["--config", config, .. extraArguments]);
    }

    /// <summary>Starts any daemon executable as from a plain terminal (no systemd or journal variables).</summary>
    public static ProbeRun Start(string executable, string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // A plain terminal: nothing from a surrounding systemd or journal.
        foreach (string variable in new[] { "NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID", "INVOCATION_ID", "SCHWAB_CONFIG" })
        {
            info.Environment.Remove(variable);
        }

        return new ProbeRun(Process.Start(info) ?? throw new InvalidOperationException($"could not start {executable}"));
    }

    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        lock (_lines)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }

            _awaitedText = text;
            _awaited = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        try
        {
            await _awaited.Task.WaitAsync(timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"no line with '{text}' within {timeout.TotalSeconds:0} s; stderr so far:\n{string.Join('\n', Lines)}", ex);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        await _stderr.WaitAsync(cts.Token);
        await _stdout.WaitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private async Task ReadStderrAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_lines)
            {
                _lines.Add(line);
                if (_awaitedText is not null && line.Contains(_awaitedText, StringComparison.Ordinal))
                {
                    _awaited!.TrySetResult(line);
                }
            }
        }
    }
}
