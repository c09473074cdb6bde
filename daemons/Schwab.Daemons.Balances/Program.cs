using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Balances;

if (DaemonArguments.Refuse("schwab-balances", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-balances");
builder.AddBalancesDaemon();
return await builder.Build().RunSchwabDaemonAsync();
