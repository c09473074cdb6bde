using System.Globalization;

namespace Schwab.Cli.Commands.Backfill;

/// <summary>The validated arguments of <c>schwabctl backfill ohlc</c>; <see cref="TryParse"/> names what is wrong in one line.</summary>
internal sealed record OhlcBackfillRange(string Symbol, DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static bool TryParse(string? symbol, string? from, string? to, DateOnly today, out OhlcBackfillRange? range, out string? error)
    {
        range = null;
        string s = (symbol ?? "").Trim().ToUpperInvariant();
        if (s.Length is 0 or > 32 || !s.All(c => char.IsAsciiLetterOrDigit(c) || c is '$' or '.' or '/' or '_' or '-'))
        {
            error = $"--symbol '{symbol}': not a symbol (1 to 32 letters, digits or $ . / _ -, e.g. $SPX)";
            return false;
        }

        if (!TryDate("--from", from, out DateOnly first, out error) || !TryDate("--to", to, out DateOnly last, out error))
        {
            return false;
        }

        error = first > last ? $"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}"
            : last > today ? $"--to {last:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} in New York)"
            : last.DayNumber - first.DayNumber + 1 > MaxDays ? $"--from {first:yyyy-MM-dd} --to {last:yyyy-MM-dd} spans more than {MaxDays} days; split the range"
            : null;
        range = error is null ? new OhlcBackfillRange(s, first, last) : null;
        return error is null;
    }

    private static bool TryDate(string option, string? text, out DateOnly date, out string? error)
    {
        bool ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        error = ok ? null : $"{option} '{text}': not a date (yyyy-MM-dd)";
        return ok;
    }
}
