namespace Schwab.Cli.Tests;

/// <summary>Runs schwabctl in-process and captures stdout, stderr and the exit code.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? "");
        int exitCode = await SchwabCtl.RunAsync(args, output, error, input is null ? null : reader);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
