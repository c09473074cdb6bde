using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Ohlc;

/// <summary>Composition of <c>schwab-ohlc</c>: minute and daily candles on a schedule, with gap filling.</summary>
internal static class OhlcDaemon
{
    public static IHostApplicationBuilder AddOhlcDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(OhlcOptions.SectionName);
        builder.Services.AddSingleton<OhlcWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OhlcWorker>());
        return builder;
    }
}
