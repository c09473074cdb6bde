using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schwab.Core.Api;
using Schwab.Core.Configuration.Daemons;
using Schwab.Core.Data;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Hosting;

namespace Schwab.Daemons.Tokens;

/// <summary>
/// Every <see cref="TokensOptions.CheckInterval"/>: for each configured app, refresh the access token when it is within
/// <see cref="TokensOptions.RefreshAhead"/> (plus jitter) of expiry, warn as the 7-day refresh token runs out, and report
/// "re-authentication required" — without prompting, crash-looping or re-trying a refused refresh token — until
/// <c>schwabctl auth</c> writes new tokens from any machine.
/// </summary>
internal sealed class TokensWorker(
    TokenStore store,
    IServiceScopeFactory scopes,
    IOptions<TokensOptions> tokensOptions,
    IOptions<SchwabApiOptions> apiOptions,
    IOptions<DatabaseOptions> databaseOptions,
    DaemonStatus status,
    WorkLoopWatchdog watchdog,
    TimeProvider time,
    ILogger<TokensWorker> logger) : BackgroundService
{
    private readonly TokensOptions _options = tokensOptions.Value;
    private readonly Dictionary<string, AppTokenState> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _jitter = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _refusedVersion = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkLoopWatchdog.Loop loop = watchdog.Register("tokens", MaxSilence());
        using var timer = new PeriodicTimer(_options.CheckInterval, time);
        do
        {
            if (_options.FreezeWorkLoopForTests)
            {
                Log.Frozen(logger);
                await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
            }

            await RunOnceAsync(stoppingToken);
            loop.Beat();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One check of every app; sets the STATUS line.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (string apiName in apiOptions.Value.Apps.Keys.Order(StringComparer.Ordinal))
        {
            lines.Add(await CheckAppAsync(apiName, cancellationToken));
        }

        status.Set(lines.Count == 0 ? "no Schwab apps configured" : string.Join("; ", lines));
    }

    private async Task<string> CheckAppAsync(string apiName, CancellationToken cancellationToken)
    {
        TokenSet? tokens;
        try
        {
            tokens = await store.GetAsync(apiName, cancellationToken);
        }
        catch (DbException ex)
        {
            Failed(apiName, ex.Message);
            return $"{apiName}: database unavailable";
        }

        DateTimeOffset now = time.GetUtcNow();
        if (tokens is null)
        {
            Enter(apiName, AppTokenState.Missing, () => Log.NoTokens(logger, apiName));
            return $"{apiName}: no tokens, run schwabctl auth --api {apiName}";
        }

        bool refused = _refusedVersion.TryGetValue(apiName, out int refusedVersion) && refusedVersion == tokens.Version;
        if (refused || tokens.RefreshExpiresAt <= now)
        {
            Enter(apiName, AppTokenState.ReauthenticationRequired, () => Log.ReauthenticationRequired(logger, apiName));
            return $"{apiName}: re-authentication required, run schwabctl auth --api {apiName}";
        }

        TimeSpan ahead = _options.RefreshAhead + Jitter(apiName);
        if (tokens.ExpiresAt - now <= ahead)
        {
            try
            {
                // A scope per refresh: the refresher holds a typed HttpClient that must not live as long as the daemon.
                using IServiceScope scope = scopes.CreateScope();
                TokenRefreshResult result = await scope.ServiceProvider.GetRequiredService<TokenRefresher>()
                    .RefreshAsync(apiName, ahead, force: false, cancellationToken);
                tokens = result.Tokens!;
                if (result.Refreshed)
                {
                    Log.Refreshed(logger, apiName, tokens.ExpiresAt);
                    _jitter.Remove(apiName);
                }

                status.Succeeded(time.GetUtcNow());
            }
            catch (ReauthenticationRequiredException)
            {
                _refusedVersion[apiName] = tokens.Version;
                Enter(apiName, AppTokenState.ReauthenticationRequired, () => Log.ReauthenticationRequired(logger, apiName));
                return $"{apiName}: re-authentication required, run schwabctl auth --api {apiName}";
            }
            catch (Exception ex) when (ex is SchwabApiException { IsTransient: true } or DbException or HttpRequestException)
            {
                Failed(apiName, ex.Message);
            }
        }

        AppTokenState previous = _states.GetValueOrDefault(apiName);
        Enter(apiName, AppTokenState.Healthy, () =>
        {
            if (previous is AppTokenState.Missing or AppTokenState.ReauthenticationRequired)
            {
                Log.Recovered(logger, apiName, tokens.RefreshExpiresAt);
            }
        });
        return Describe(apiName, tokens, time.GetUtcNow());
    }

    // A turn may wait, per app, for the token lock (BusyTimeout) and then for the token call (RequestTimeout); beyond
    // three missed checks plus that, the loop is stuck and the systemd watchdog should restart the daemon.
    private TimeSpan MaxSilence() =>
        (_options.CheckInterval * 3)
        + (Math.Max(1, apiOptions.Value.Apps.Count) * (apiOptions.Value.RequestTimeout + databaseOptions.Value.BusyTimeout));

    private string Describe(string apiName, TokenSet tokens, DateTimeOffset now)
    {
        TimeSpan refreshLeft = tokens.RefreshExpiresAt - now;
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"{apiName}: access {Math.Max(0, (int)(tokens.ExpiresAt - now).TotalMinutes)} min, refresh token {Span(refreshLeft)}");
        TimeSpan? threshold = _options.RefreshTokenWarnings.Where(w => refreshLeft <= w).OrderBy(w => w).Cast<TimeSpan?>().FirstOrDefault();
        if (threshold is null)
        {
            return line;
        }

        // One warning per threshold per login (the refresh token's issue time tells logins apart).
        string key = string.Create(CultureInfo.InvariantCulture, $"{apiName}|{tokens.RefreshIssuedAt.UtcTicks}|{threshold.Value.Ticks}");
        if (_warned.Add(key))
        {
            Log.RefreshTokenExpiring(logger, apiName, Span(refreshLeft), tokens.RefreshExpiresAt);
        }

        return line + $", re-authenticate soon: schwabctl auth --api {apiName}";
    }

    private void Enter(string apiName, AppTokenState state, Action onChange)
    {
        if (_states.GetValueOrDefault(apiName) != state)
        {
            onChange();
            _states[apiName] = state;
        }
    }

    private void Failed(string apiName, string error)
    {
        Log.RefreshFailed(logger, apiName, error.ReplaceLineEndings(" "));
        status.Failed(time.GetUtcNow(), $"{apiName}: {error}");
    }

    private TimeSpan Jitter(string apiName)
    {
        if (!_jitter.TryGetValue(apiName, out TimeSpan jitter))
        {
            jitter = TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * _options.RefreshJitter.Ticks));
            _jitter[apiName] = jitter;
        }

        return jitter;
    }

    private static string Span(TimeSpan span) =>
        span.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays}d {span.Hours}h")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h {span.Minutes}m");
}
