using Schwab.Benchmarks;

return await BenchRunner.RunAsync(args);
