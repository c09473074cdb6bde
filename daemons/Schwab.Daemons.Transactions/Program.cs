using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Transactions;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-transactions");
builder.AddTransactionsDaemon();
return await builder.Build().RunSchwabDaemonAsync();
