using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Systemd.Probe;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-probe");
builder.AddProbeDaemon();
using IHost host = builder.Build();
return await host.RunSchwabDaemonAsync();
