using System.CommandLine;

namespace Schwab.Cli;

/// <summary>Builds the schwabctl command tree and runs it.</summary>
internal static class SchwabCtl
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("schwabctl: checks, tokens and health for the Schwab pipeline");
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await BuildRoot().Parse(args).InvokeAsync(configuration);
    }
}
