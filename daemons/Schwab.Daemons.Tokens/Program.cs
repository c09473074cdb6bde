using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting;
using Schwab.Daemons.Tokens;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddSchwabDefaults("schwab-tokens");
builder.AddTokensDaemon();
return await builder.Build().RunSchwabDaemonAsync();
