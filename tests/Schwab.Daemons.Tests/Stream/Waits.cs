using Schwab.Testing;

namespace Schwab.Daemons.Tests.Stream;

/// <summary>Waits for a condition, re-checked whenever the daemon's writer or the simulator's streamer reports progress.</summary>
internal static class Waits
{
    public static async Task<bool> UntilAsync(Func<bool> condition, StreamHarness harness, TimeSpan timeout, bool throwOnTimeout = true)
    {
        DateTimeOffset deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (!condition())
        {
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnEvent(object? sender, EventArgs e) => signal.TrySetResult();
            harness.Writer.Progress += OnEvent;
            harness.Simulator.StreamTicked += OnEvent;
            harness.Client.ActivityChanged += OnEvent;
            harness.Worker.WaitingChanged += OnEvent;
            try
            {
                if (condition())
                {
                    return true;
                }

                TimeSpan left = deadline - TimeProvider.System.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    Assert.False(throwOnTimeout, $"timed out waiting for the condition\n{harness.Describe(60)}");
                    return false;
                }

                try
                {
                    await signal.Task.WaitAsync(left);
                }
                catch (TimeoutException)
                {
                    Assert.False(throwOnTimeout, $"timed out waiting for the condition\n{harness.Describe(60)}");
                    return false;
                }
            }
            finally
            {
                harness.Writer.Progress -= OnEvent;
                harness.Simulator.StreamTicked -= OnEvent;
                harness.Client.ActivityChanged -= OnEvent;
                harness.Worker.WaitingChanged -= OnEvent;
            }
        }

        return true;
    }

    public static Task<bool> UntilAsync(Func<bool> condition, StreamHarness harness) => UntilAsync(condition, harness, TestTimeouts.Guard);
}
