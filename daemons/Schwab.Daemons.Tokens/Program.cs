using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;

if (DaemonArguments.Refuse("schwab-tokens", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-tokens");
builder.AddTokensDaemon();
return await builder.Build().RunSchwabDaemonAsync();
