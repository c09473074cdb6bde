using System.Globalization;

namespace Schwab.Core.Data.Orders;

/// <summary>Reads the expiration and strike out of an OCC option symbol (<c>SPXW  260302P05800000</c>).</summary>
internal static class OccSymbol
{
    /// <summary>True when <paramref name="symbol"/> has the 21-character OCC shape; gives its expiration and strike.</summary>
    public static bool TryParse(string? symbol, out DateOnly expiration, out decimal strike)
    {
        expiration = default;
        strike = 0;
        if (symbol is not { Length: 21 } || symbol[12] is not ('P' or 'C'))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(symbol.AsSpan(6, 6), "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expiration)
            || !long.TryParse(symbol.AsSpan(13, 8), NumberStyles.None, CultureInfo.InvariantCulture, out long thousandths))
        {
            return false;
        }

        strike = thousandths / 1000m;
        return true;
    }
}
