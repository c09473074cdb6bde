using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Transactions;

/// <summary>Composition of <c>schwab-transactions</c>: orders (read only) and account transactions into <c>OPT.SCHWAB</c>.</summary>
internal static class TransactionsDaemon
{
    public static IHostApplicationBuilder AddTransactionsDaemon(this IHostApplicationBuilder builder)
    {
        builder.UsesSettings(TransactionsOptions.SectionName);
        builder.Services.AddSingleton<TransactionsCollector>();
        builder.Services.AddSingleton<TransactionsWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TransactionsWorker>());
        return builder;
    }
}
