namespace Schwab.Core.Hosting;

/// <summary>
/// The command line every daemon accepts: <c>--config PATH</c> (or <c>--config=PATH</c>) and <c>--verbose</c>, nothing else.
/// The host builder would take any <c>--foo bar</c> as a setting and ignore it silently; a typo must stop the start instead.
/// </summary>
public static class DaemonArguments
{
    /// <summary>The exit code of a usage error (sysexits.h <c>EX_USAGE</c>).</summary>
    public const int UsageExitCode = 64;

    /// <summary>
    /// Checks <paramref name="args"/>; on an unknown or incomplete option writes one line to stderr naming it and the usage.
    /// </summary>
    /// <param name="serviceName">The executable's name (<c>schwab-tokens</c>).</param>
    /// <param name="args">The process arguments.</param>
    /// <returns>Null when the arguments are usable; otherwise the exit code to return (<see cref="UsageExitCode"/>).</returns>
    public static int? Refuse(string serviceName, string[] args)
    {
#pragma warning disable RS0030 // A usage error happens before logging exists: stderr is the one place to say it.
        return Refuse(serviceName, args, Console.Error);
#pragma warning restore RS0030
    }

    internal static int? Refuse(string serviceName, IReadOnlyList<string> args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        string? problem = Problem(args);
        if (problem is null)
        {
            return null;
        }

        error.WriteLine($"{serviceName}: {problem} (usage: {serviceName} [--config PATH] [--verbose])");
        error.Flush();
        return UsageExitCode;
    }

    /// <summary>
    /// The arguments in the form the host's command-line configuration reads: <c>--verbose</c> becomes <c>--verbose=true</c>
    /// (alone it would swallow the next argument as its value). Call after <see cref="Refuse(string, string[])"/>.
    /// </summary>
    /// <returns>The arguments for <c>Host.CreateApplicationBuilder</c>.</returns>
    public static string[] ForHost(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Select(a => a == "--verbose" ? "--verbose=true" : a)];
    }

    private static string? Problem(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--verbose" || (arg.StartsWith("--config=", StringComparison.Ordinal) && arg.Length > "--config=".Length))
            {
                continue;
            }

            if (arg == "--config")
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return "option '--config' needs a PATH";
                }

                i++;
                continue;
            }

            return arg.StartsWith('-') ? $"unknown option '{arg}'" : $"unexpected argument '{arg}'";
        }

        return null;
    }
}
