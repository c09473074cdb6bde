using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Schwab.Core.Configuration;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Reports.Journal;
using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Health;

/// <summary>Runs every check of <c>schwabctl health</c> in a fixed order: units, database, heartbeats, datasets, tokens, journal.</summary>
internal sealed class HealthRunner(CliServices services)
{
    /// <summary>Exists exactly when systemd is the running init (what sd_booted() tests).</summary>
    public const string SystemdDirectory = "/run/systemd/system";

    /// <summary>journald's native socket; without it daemons log to stderr and the journal holds nothing of theirs.</summary>
    public const string JournalSocket = "/run/systemd/journal/socket";

    public async Task<HealthReport> RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Get<TimeProvider>().GetUtcNow();
        HealthOptions options = services.Get<IOptions<HealthOptions>>().Value;
        SystemdView systemd = options.Systemd
            ? await SystemdView.QueryAsync(SystemdDirectory, cancellationToken)
            : new SystemdView(null, "not checked (Health:Systemd is false)");
        var checks = new List<HealthCheck>(UnitChecks.Evaluate(systemd));

        IReadOnlyList<ServiceStatus> heartbeats = [];
        try
        {
            // Reading a SQLite file that is not there would create it: say so instead (health never creates a database).
            if (services.Get<IDbConnectionFactory>() is SqliteConnectionFactory { FilePath: var file } && !File.Exists(file))
            {
                throw new FileNotFoundException($"SQLite file {file} does not exist (run 'schwabctl db migrate')");
            }

            heartbeats = await services.Get<ServiceStatusStore>().ListAsync(cancellationToken);
            var context = new HealthContext(now, options, systemd, heartbeats);
            var data = new List<HealthCheck> { HealthCheck.Ok("database", "database", $"{services.Get<IDbConnectionFactory>().Provider} database reachable") };
            data.AddRange(HeartbeatChecks.Evaluate(context));
            data.AddRange(await DatasetsAsync(context, cancellationToken));
            foreach (string apiName in TokenChecks.AppNames(services.Configuration))
            {
                data.Add(await TokenChecks.EvaluateAsync(context, services.Get<TokenStore>(), apiName, cancellationToken));
            }

            checks.AddRange(data);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            // Nothing that lives in the database can be judged: UNKNOWN, not CRITICAL.
            checks.Add(HealthCheck.Of(HealthStatus.Unknown, "database", "database", $"cannot read the database: {ex.Message.ReplaceLineEndings(" ")}"));
        }

        var journal = new JournalctlReader(otherSchwabUnits: true);
        checks.AddRange(await JournalChecks.EvaluateAsync(new HealthContext(now, options, systemd, heartbeats), journal, JournalSocket, cancellationToken));
        return new HealthReport(now, checks);
    }

    private async Task<List<HealthCheck>> DatasetsAsync(HealthContext context, CancellationToken cancellationToken)
    {
        FreshnessStore store = services.Get<FreshnessStore>();
        MarketClock clock = services.Get<MarketClock>();
        HealthOptions o = context.Options;
        DatasetFreshness newest = await store.GetNewestAsync(cancellationToken);
        TradingDay? day = await clock.CurrentOrNextSessionAsync(context.Now, cancellationToken);
        SessionWindow? session = day?.Regular is { } regular && regular.Contains(context.Now) ? regular : null;
        IReadOnlyList<string> symbols = [.. services.Get<IOptions<OhlcOptions>>().Value.Symbols];
        return
        [
            SessionFreshness.Evaluate(context, "quotes", HealthUnits.Stream, newest.NewestQuote, session, o.QuotesWarning, o.QuotesCritical),
            SessionFreshness.Evaluate(context, "chains", HealthUnits.Chains, newest.NewestChain, session, o.ChainsWarning, o.ChainsCritical),
            CandleFreshness.Evaluate(context, daily: false, symbols, await store.GetNewestCandlesAsync(daily: false, cancellationToken)),
            CandleFreshness.Evaluate(context, daily: true, symbols, await store.GetNewestCandlesAsync(daily: true, cancellationToken)),
            OrdersFreshness.Evaluate(context),
            await BalancesFreshness.EvaluateAsync(context, services.Get<IOptions<BalancesOptions>>().Value, clock, newest, cancellationToken),
            await MarketHoursFreshness.EvaluateAsync(context, services.Get<IOptions<MarketHoursOptions>>().Value, store, cancellationToken),
        ];
    }
}
