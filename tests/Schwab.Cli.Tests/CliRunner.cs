namespace Schwab.Cli.Tests;

/// <summary>Runs schwabctl in-process and captures stdout, stderr and the exit code.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await SchwabCtl.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
