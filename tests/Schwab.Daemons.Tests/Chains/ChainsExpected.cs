using Schwab.Core.Configuration.Daemons;
using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

/// <summary>The documented schedule, written out: minute boundaries in [open − 30 s, close + 30 s) whose ET time of day the period divides.</summary>
internal static class ChainsExpected
{
    public static readonly Dictionary<string, string?> SmallChains = new() { ["Chains:StrikeCount"] = "10" };

    /// <summary>How long after its minute a snapshot may still be priced.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(10);

    /// <summary>Every snapshot of a regular day in the order the worker takes them: by minute, then by cadence as configured.</summary>
    public static IReadOnlyList<(DateTimeOffset Slot, string Cadence)> Snapshots(DateOnly date, IEnumerable<ChainCadence> cadences) =>
        [.. Minutes(date, new(9, 30), new(16, 0), 1).SelectMany(minute => cadences
            .Where(c => TimeZoneInfo.ConvertTime(minute, Schwab.Core.Time.MarketClock.Exchange).TimeOfDay.Ticks % c.Every.Ticks == 0)
            .Select(c => (minute, c.Name)))];

    public static IReadOnlyList<DateTimeOffset> Minutes(DateOnly date, TimeOnly open, TimeOnly close, int everyMinutes)
    {
        var minutes = new List<DateTimeOffset>();
        for (TimeOnly t = open; t <= close; t = t.AddMinutes(everyMinutes))
        {
            minutes.Add(SimulatedDay.At(date, t));
            if (t == close)
            {
                break;
            }
        }

        return minutes;
    }
}
