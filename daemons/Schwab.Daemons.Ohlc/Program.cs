using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Ohlc;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-ohlc");
builder.AddOhlcDaemon();
return await builder.Build().RunSchwabDaemonAsync();
