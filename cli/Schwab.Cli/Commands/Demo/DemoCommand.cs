using System.CommandLine;

namespace Schwab.Cli.Commands.Demo;

/// <summary>
/// <c>schwabctl demo [--duration SECONDS] [--data DIR] [--daemons DIR] [--seed N]</c>: the README's first command
/// (behind <c>scripts/demo.sh</c>). Starts the simulator and every daemon on a fresh SQLite file in DIR, with no
/// credentials, root or systemd, and shows rows arriving live until Ctrl-C or the duration; exit 0 when every daemon ran
/// and stopped cleanly.
/// </summary>
internal sealed class DemoCommand : SchwabCommand
{
    private readonly Option<int?> _duration = new("--duration") { Description = "Stop by itself after this many seconds of collecting (default: until Ctrl-C)" };
    private readonly Option<string> _data = new("--data") { Description = "Folder for schwab.db, schwab.json, the token key and the daemons' logs", DefaultValueFactory = _ => "var/demo" };
    private readonly Option<string?> _daemons = new("--daemons") { Description = "Folder holding the daemon executables (default: found beside schwabctl)" };
    private readonly Option<int> _seed = new("--seed") { Description = "The simulated market's random seed", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _interval = new("--interval") { Description = "Seconds between progress refreshes", DefaultValueFactory = _ => 2 };

    public DemoCommand()
        : base("demo", "Run the simulator and every daemon on a fresh SQLite file and show data arriving (no credentials, no root)")
    {
        Add(_duration);
        Add(_data);
        Add(_daemons);
        Add(_seed);
        Add(_interval);
        _duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is <= 0)
            {
                r.AddError("--duration must be a positive whole number of seconds");
            }
        });
        _interval.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0.2 or > 3600)
            {
                r.AddError("--interval must be between 0.2 and 3600 seconds");
            }
        });
    }

    protected override bool NeedsSettings => false;

    protected override Task<int> ExecuteAsync(ParseResult parseResult, CliServices services, CancellationToken cancellationToken)
    {
        var options = new DemoOptions(
            Path.GetFullPath(parseResult.GetValue(_data)!),
            parseResult.GetValue(_daemons),
            parseResult.GetValue(_duration) is int seconds ? TimeSpan.FromSeconds(seconds) : null,
            TimeSpan.FromSeconds(parseResult.GetValue(_interval)),
            parseResult.GetValue(_seed));
        TextWriter output = parseResult.InvocationConfiguration.Output;

        // Redraw in place only when the table would be seen on a terminal; a pipe or a log gets one plain line per refresh.
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return new DemoRun(options, output, parseResult.InvocationConfiguration.Error, terminal).RunAsync(cancellationToken);
    }
}
