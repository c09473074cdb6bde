using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Schwab.Daemons.Ohlc;

/// <summary>Composition of <c>schwab-ohlc</c>: minute and daily candles on a schedule, with gap filling.</summary>
internal static class OhlcDaemon
{
    public static IHostApplicationBuilder AddOhlcDaemon(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OhlcWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OhlcWorker>());
        return builder;
    }
}
