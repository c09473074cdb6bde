namespace Schwab.Testing;

/// <summary>Wall-clock guards so a broken test fails instead of hanging; nothing waits for them to pass.</summary>
public static class TestTimeouts
{
    /// <summary>How long a test waits for an event before failing.</summary>
    public static TimeSpan Guard { get; } = TimeSpan.FromSeconds(20);
}
