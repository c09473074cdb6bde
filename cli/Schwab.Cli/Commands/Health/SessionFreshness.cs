using Schwab.Core.Time;

namespace Schwab.Cli.Commands.Health;

/// <summary>
/// Quotes and chains only arrive during the regular session: there, no new row for longer than the warning or critical age
/// is reported (measured from the open when nothing came since, so the first minutes of a session are not stale); outside
/// the session any age is fine.
/// </summary>
internal static class SessionFreshness
{
    public static HealthCheck Evaluate(
        HealthContext context, string dataset, string service, DateTimeOffset? newest, SessionWindow? session, TimeSpan warning, TimeSpan critical)
    {
        string name = dataset;
        string key = "stale:" + dataset;
        var values = new Dictionary<string, object?>
        {
            ["newest"] = newest,
            ["ageSeconds"] = newest is { } n ? (long)(context.Now - n).TotalSeconds : null,
            ["inSession"] = session is not null,
            ["sessionStart"] = session?.Start,
            ["sessionEnd"] = session?.End,
            ["warningSeconds"] = (long)warning.TotalSeconds,
            ["criticalSeconds"] = (long)critical.TotalSeconds,
        };
        string newestText = newest is { } at ? $"newest {Ago.Instant(at)} ({Ago.Span(context.Now - at)} ago)" : "none stored";
        if (!context.IsExpected(service, out string reason))
        {
            return HealthCheck.Ok(name, key, $"not collected here: {reason}; {newestText}", values);
        }

        if (session is null)
        {
            return HealthCheck.Ok(name, key, $"market closed; {newestText}", values);
        }

        DateTimeOffset reference = newest is { } last && last > session.Start ? last : session.Start;
        TimeSpan age = context.Now - reference;
        HealthStatus level = Ago.Grade(age, warning, critical);
        string detail = level == HealthStatus.Ok
            ? $"{newestText}; session open until {Ago.Instant(session.End)}"
            : $"nothing new for {Ago.Span(age)} during the session ({(level == HealthStatus.Critical ? "critical" : "warning")} after {Ago.Span(level == HealthStatus.Critical ? critical : warning)}); {newestText}; is {service} collecting?";
        return HealthCheck.Of(level, name, key, detail, values);
    }
}
