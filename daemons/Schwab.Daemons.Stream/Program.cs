using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Stream;

if (DaemonArguments.Refuse("schwab-stream", args) is int usage)
{
    return usage;
}

HostApplicationBuilder builder = Host.CreateApplicationBuilder(DaemonArguments.ForHost(args));
builder.AddSchwabDefaults("schwab-stream");
builder.AddStreamDaemon();
return await builder.Build().RunSchwabDaemonAsync();
