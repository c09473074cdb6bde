using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Tokens;

/// <summary>Composition of <c>schwab-tokens</c>: the one process that calls Schwab's token endpoint on a schedule.</summary>
internal static class TokensDaemon
{
    public static IHostApplicationBuilder AddTokensDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(TokensOptions.SectionName);
        builder.Services.AddSingleton<TokensWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TokensWorker>());
        return builder;
    }
}
