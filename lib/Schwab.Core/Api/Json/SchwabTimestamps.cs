using System.Globalization;

namespace Schwab.Core.Api.Json;

/// <summary>
/// Parses every timestamp form Schwab sends (schwab-api.md gotcha 4): <c>+0000</c> (trader), <c>-04:00</c>
/// (market hours), <c>.000+00:00</c> (chain expiry), <c>Z</c> (fundamentals), <c>2024-08-12 00:00:00.0</c>
/// (instrument fundamentals, no zone: read as UTC).
/// </summary>
internal static class SchwabTimestamps
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        scoped ReadOnlySpan<char> candidate = text.Trim();
        Span<char> fixedOffset = stackalloc char[48];
        int n = candidate.Length;

        // A colon-less numeric offset ("+0000", "-0400") gets its colon, which every .NET parser accepts.
        if (n >= 5 && n + 1 <= fixedOffset.Length && (candidate[n - 5] == '+' || candidate[n - 5] == '-')
            && IsDigits(candidate[(n - 4)..]) && candidate.IndexOf('T') > 0)
        {
            candidate[..(n - 2)].CopyTo(fixedOffset);
            fixedOffset[n - 2] = ':';
            candidate[(n - 2)..].CopyTo(fixedOffset[(n - 1)..]);
            candidate = fixedOffset[..(n + 1)];
        }

        if (DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }

        return false;
    }

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out DateTimeOffset value)
            ? value
            : throw new FormatException($"'{text}' is not a timestamp Schwab is known to send");

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
