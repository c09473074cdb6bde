namespace Schwab.Cli;

/// <summary>The clock commands read (through the <see cref="TimeProvider"/> in <see cref="CliServices"/>): the system's, or a test's fake.</summary>
internal static class CliTime
{
    private static readonly AsyncLocal<TimeProvider?> s_provider = new();

    public static TimeProvider Provider
    {
        get => s_provider.Value ?? TimeProvider.System;
        set => s_provider.Value = value;
    }
}
