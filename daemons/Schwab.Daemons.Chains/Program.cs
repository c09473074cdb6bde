using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Chains;

if (DaemonArguments.Refuse("schwab-chains", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-chains");
builder.AddChainsDaemon();
return await builder.Build().RunSchwabDaemonAsync();
