using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Balances;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-balances");
builder.AddBalancesDaemon();
return await builder.Build().RunSchwabDaemonAsync();
