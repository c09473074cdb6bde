using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.MarketHours;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-markethours");
builder.AddMarketHoursDaemon();
return await builder.Build().RunSchwabDaemonAsync();
