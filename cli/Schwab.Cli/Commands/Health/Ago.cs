using System.Globalization;

namespace Schwab.Cli.Commands.Health;

/// <summary>Ages and instants as people read them in a detail line: <c>45 s</c>, <c>12 min</c>, <c>5.2 h</c>, <c>3.1 d</c>; instants in UTC.</summary>
internal static class Ago
{
    public static string Span(TimeSpan span)
    {
        TimeSpan a = span.Duration();
        string text = a.TotalSeconds < 120 ? $"{a.TotalSeconds:0} s"
            : a.TotalMinutes < 120 ? $"{a.TotalMinutes:0} min"
            : a.TotalHours < 48 ? $"{a.TotalHours:0.#} h"
            : $"{a.TotalDays:0.#} d";
        return string.Create(CultureInfo.InvariantCulture, $"{(span < TimeSpan.Zero ? "-" : "")}{text}");
    }

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static HealthStatus Grade(TimeSpan age, TimeSpan warning, TimeSpan critical) =>
        age > critical ? HealthStatus.Critical : age > warning ? HealthStatus.Warning : HealthStatus.Ok;
}
