using System.CommandLine;

namespace Schwab.Cli;

/// <summary>The options every command shares; declared once so names and help text never drift.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Config = new("--config")
    {
        Description = "The JSON settings file (default: $SCHWAB_CONFIG, ./schwab.json, /etc/schwab/schwab.json)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print full exception details on failure",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print newline-delimited JSON instead of text" };

    public static Option<string> Api() => new("--api")
    {
        Description = "The configured app (Schwab:Apps:<NAME>)",
        DefaultValueFactory = _ => "MAIN_DATA",
    };
}
