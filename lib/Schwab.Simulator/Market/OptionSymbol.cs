using System.Globalization;

namespace Schwab.Simulator.Market;

/// <summary>OCC/Schwab option symbols: root padded to 6, YYMMDD, C/P, strike × 1000 in 8 digits (schwab-api.md §4.7).</summary>
internal static class OptionSymbol
{
    public static string Format(string root, DateOnly expiration, bool call, decimal strike) =>
        root.PadRight(6) + expiration.ToString("yyMMdd", CultureInfo.InvariantCulture) + (call ? "C" : "P")
        + ((long)(strike * 1000)).ToString("D8", CultureInfo.InvariantCulture);

    public static bool TryParse(string symbol, out string root, out DateOnly expiration, out bool call, out decimal strike)
    {
        root = string.Empty;
        expiration = default;
        call = false;
        strike = 0;
        if (symbol.Length != 21)
        {
            return false;
        }

        root = symbol[..6].TrimEnd();
        char side = symbol[12];
        if (root.Length == 0 || (side != 'C' && side != 'P')
            || !DateOnly.TryParseExact(symbol[6..12], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expiration)
            || !long.TryParse(symbol[13..], NumberStyles.None, CultureInfo.InvariantCulture, out long milli))
        {
            return false;
        }

        call = side == 'C';
        strike = milli / 1000m;
        return true;
    }

    /// <summary>"SPXW 05/20/2025 5660.00 C", the form Schwab uses in chains and the streamer.</summary>
    public static string Describe(string root, DateOnly expiration, bool call, decimal strike) =>
        string.Create(CultureInfo.InvariantCulture, $"{root} {expiration:MM/dd/yyyy} {strike:0.00} {(call ? 'C' : 'P')}");
}
