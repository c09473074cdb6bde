using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Ohlc;

if (DaemonArguments.Refuse("schwab-ohlc", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-ohlc");
builder.AddOhlcDaemon();
return await builder.Build().RunSchwabDaemonAsync();
