using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Transactions;

if (DaemonArguments.Refuse("schwab-transactions", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-transactions");
builder.AddTransactionsDaemon();
return await builder.Build().RunSchwabDaemonAsync();
