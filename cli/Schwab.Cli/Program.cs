using Schwab.Cli;

return await SchwabCtl.RunAsync(args, Console.Out, Console.Error);
