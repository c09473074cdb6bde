using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Chains;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-chains");
builder.AddChainsDaemon();
return await builder.Build().RunSchwabDaemonAsync();
