using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Stream;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-stream");
builder.AddStreamDaemon();
return await builder.Build().RunSchwabDaemonAsync();
