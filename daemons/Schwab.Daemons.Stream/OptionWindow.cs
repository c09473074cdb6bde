using System.Globalization;

namespace Schwab.Daemons.Stream;

/// <summary>
/// The subscribed option strikes: calls and puts of one root and expiration from <c>centre − range</c> to
/// <c>centre + range</c> in <c>step</c> increments, the centre being spot rounded to the nearest step.
/// </summary>
internal sealed class OptionWindow
{
    private OptionWindow(decimal centre, IReadOnlyList<string> keys)
    {
        Centre = centre;
        Keys = keys;
    }

    /// <summary>The strike the window is centred on.</summary>
    public decimal Centre { get; }

    /// <summary>The OCC symbols, nearest strikes first, calls before puts.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The window around <paramref name="spot"/>, limited to the <paramref name="cap"/> contracts nearest the centre.</summary>
    public static OptionWindow Around(decimal spot, string root, DateOnly expiration, decimal range, decimal step, int cap)
    {
        decimal centre = Math.Round(spot / step, MidpointRounding.AwayFromZero) * step;
        int steps = (int)Math.Floor(range / step);
        var strikes = new List<decimal>((2 * steps) + 1) { centre };
        for (int i = 1; i <= steps; i++)
        {
            strikes.Add(centre + (i * step));
            strikes.Add(centre - (i * step));
        }

        var keys = new List<string>(strikes.Count * 2);
        foreach (decimal strike in strikes.Where(s => s > 0))
        {
            keys.Add(Symbol(root, expiration, 'C', strike));
            keys.Add(Symbol(root, expiration, 'P', strike));
        }

        return new OptionWindow(centre, keys.Count > cap ? keys[..cap] : keys);
    }

    /// <summary>The OCC symbol, e.g. <c>SPXW  260302C05900000</c> (root padded to six, strike × 1000 in eight digits).</summary>
    public static string Symbol(string root, DateOnly expiration, char right, decimal strike) =>
        string.Create(CultureInfo.InvariantCulture, $"{root,-6}{expiration:yyMMdd}{right}{(long)(strike * 1000m):D8}");
}
