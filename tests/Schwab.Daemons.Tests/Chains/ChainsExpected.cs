using Schwab.Testing;

namespace Schwab.Daemons.Tests.Chains;

/// <summary>The documented schedule, written out: minute boundaries in [open − 30 s, close + 30 s) whose ET time of day the period divides.</summary>
internal static class ChainsExpected
{
    public static readonly Dictionary<string, string?> SmallChains = new() { ["Chains:StrikeCount"] = "10" };

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
