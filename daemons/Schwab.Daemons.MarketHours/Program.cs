using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.MarketHours;

if (DaemonArguments.Refuse("schwab-markethours", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-markethours");
builder.AddMarketHoursDaemon();
return await builder.Build().RunSchwabDaemonAsync();
