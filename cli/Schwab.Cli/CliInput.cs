namespace Schwab.Cli;

/// <summary>Where interactive commands read from: the terminal, or a test's reader (System.CommandLine carries no input writer).</summary>
internal static class CliInput
{
    private static readonly AsyncLocal<TextReader?> s_reader = new();

    public static TextReader Reader
    {
        get => s_reader.Value ?? Console.In;
        set => s_reader.Value = value;
    }
}
