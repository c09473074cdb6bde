using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Hosting.Checks;

namespace Schwab.Systemd.Probe;

/// <summary>Composition of the probe: its switches, its start-up check and its one work loop.</summary>
internal static class ProbeDaemon
{
    public static IHostApplicationBuilder AddProbeDaemon(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProbeOptions>().BindConfiguration(ProbeOptions.SectionName);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrerequisiteCheck, ProbeStartCheck>());
        builder.Services.AddHostedService<ProbeWorker>();
        return builder;
    }
}
