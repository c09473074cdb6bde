using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.MarketHours;

/// <summary>Composition of <c>schwab-markethours</c>: keeps the calendar every other daemon schedules by.</summary>
internal static class MarketHoursDaemon
{
    public static IHostApplicationBuilder AddMarketHoursDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(MarketHoursOptions.SectionName);
        builder.Services.AddSingleton<MarketHoursWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MarketHoursWorker>());
        return builder;
    }
}
