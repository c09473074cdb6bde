using System.Diagnostics;

namespace Schwab.Benchmarks;

/// <summary>
/// <c>Schwab.Benchmarks [--json] [--only NAME] [--runs N]</c>: runs every registered benchmark (or those whose name starts
/// with NAME) and prints the table, or with <c>--json</c> only a JSON array of result rows on stdout. Progress goes to stderr.
/// </summary>
internal static class BenchRunner
{
    // stream first: its peak RSS is the process's, which must not include what the chain benchmarks leave resident.
    private static readonly IBenchmark[] s_benchmarks = [new StreamBenchmark(), new ChainParseBenchmark(), new ChainStoreBenchmark()];

    public static async Task<int> RunAsync(string[] args)
    {
        bool json = false;
        string? only = null;
        int runs = 5;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--only" when i + 1 < args.Length: only = args[++i]; break;
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out runs) && runs > 0: i++; break;
                default:
                    Console.Error.WriteLine($"bench: unknown or incomplete argument '{args[i]}' (usage: [--json] [--only NAME] [--runs N])");
                    return 2;
            }
        }

        IBenchmark[] selected = [.. s_benchmarks.Where(b => only is null || b.Name.StartsWith(only, StringComparison.Ordinal))];
        if (selected.Length == 0)
        {
            Console.Error.WriteLine($"bench: no benchmark named '{only}' (known: {string.Join(", ", s_benchmarks.Select(b => b.Name))})");
            return 2;
        }

        var results = new List<BenchResult>();
        using (var context = new BenchContext(runs))
        {
            foreach (IBenchmark benchmark in selected)
            {
                Console.Error.WriteLine($"bench: {benchmark.Name} ({benchmark.Plan(runs)})");
                results.AddRange(await benchmark.RunAsync(context, CancellationToken.None));
            }
        }

        results.Add(new BenchResult("process.peak_working_set", Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, "MB"));
        Console.Out.Write(json ? ResultPrinter.Json(results) : ResultPrinter.Table(results));
        return 0;
    }
}
