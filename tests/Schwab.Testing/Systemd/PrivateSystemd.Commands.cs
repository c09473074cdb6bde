using System.Globalization;

namespace Schwab.Testing.Systemd;

/// <summary>Commands run inside the private systemd's namespaces.</summary>
public sealed partial class PrivateSystemd
{
    /// <summary>Runs a command inside the namespaces (<c>nsenter -t PID -m -p</c>) and captures its output.</summary>
    public async Task<CommandResult> RunAsync(params string[] args)
    {
        using var timeout = new CancellationTokenSource(s_commandTimeout);
        string[] nsenter = ["-t", Pid.ToString(CultureInfo.InvariantCulture), "-m", "-p", "--", .. args];
        return await ProcessRunner.RunAsync("nsenter", nsenter, timeout.Token);
    }

    /// <summary>Runs <c>systemctl --no-pager ARGS</c>.</summary>
    public Task<CommandResult> SystemctlAsync(params string[] args) => RunAsync(["systemctl", "--no-pager", .. args]);

    /// <summary>Runs <c>journalctl --no-pager ARGS</c>.</summary>
    public Task<CommandResult> JournalctlAsync(params string[] args) => RunAsync(["journalctl", "--no-pager", .. args]);

    /// <summary>Runs <c>systemctl start UNIT</c>; the result says whether the start job succeeded.</summary>
    public Task<CommandResult> StartUnitAsync(string unit) => SystemctlAsync("start", unit);

    /// <summary>One unit property (<c>systemctl show -p NAME --value</c>).</summary>
    public async Task<string> PropertyAsync(string unit, string property) =>
        (await SystemctlAsync("show", "-p", property, "--value", unit)).Stdout.Trim();

    /// <summary>The unit's main PID inside the namespace (0 when it has none).</summary>
    public async Task<int> MainPidAsync(string unit) =>
        int.TryParse(await PropertyAsync(unit, "MainPID"), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : 0;

    /// <summary>Sends <paramref name="signal"/> (<c>KILL</c>, <c>TERM</c>…) to a PID inside the namespace.</summary>
    public Task<CommandResult> KillAsync(int pid, string signal) =>
        RunAsync("kill", "-s", signal, pid.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sends <paramref name="signal"/> to the unit's main process (<c>systemctl kill --kill-whom=main</c>).</summary>
    public Task<CommandResult> KillAsync(string unit, string signal) => SystemctlAsync("kill", "--kill-whom=main", "-s", signal, unit);

    /// <summary>Waits until the unit's <c>ActiveState</c> is <paramref name="state"/>.</summary>
    /// <exception cref="TimeoutException">It was not, within <paramref name="timeout"/>; the message holds <c>systemctl status</c>.</exception>
    public async Task WaitForStateAsync(string unit, string state, TimeSpan timeout)
    {
        try
        {
            await WaitUntilAsync(async () => await PropertyAsync(unit, "ActiveState") == state, timeout, $"{unit} to be {state}");
        }
        catch (TimeoutException ex)
        {
            CommandResult status = await SystemctlAsync("status", unit);
            throw new TimeoutException($"{ex.Message}\n{status.Stdout}", ex);
        }
    }

    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; the one wait loop of the harness.</summary>
    /// <exception cref="TimeoutException">It did not hold within <paramref name="timeout"/>.</exception>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        long start = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(start) > timeout)
            {
                throw new TimeoutException($"timed out after {timeout.TotalSeconds:0} s waiting for {what}");
            }

            await Task.Delay(s_pollDelay);
        }
    }
}
