using System.Text.RegularExpressions;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// A code-19 report: the service's key cap was reached and <paramref name="Discarded"/> keys were dropped,
/// parsed from a message like <c>"… (LEVELONE_OPTIONS=3000, DISCARDED=1363)"</c>.
/// </summary>
/// <param name="Service">The service that was trimmed.</param>
/// <param name="Cap">The cap Schwab reported, when present in the message.</param>
/// <param name="Discarded">The number of keys discarded, when present in the message.</param>
/// <param name="Message">Schwab's text.</param>
public sealed partial record StreamerSymbolLimit(string Service, int? Cap, int? Discarded, string Message)
{
    /// <summary>Parses Schwab's code-19 message; fields it cannot find stay null.</summary>
    public static StreamerSymbolLimit Parse(string service, string? message)
    {
        message ??= string.Empty;
        Match match = LimitPattern().Match(message);
        if (!match.Success)
        {
            return new StreamerSymbolLimit(service, null, null, message);
        }

        return new StreamerSymbolLimit(
            match.Groups["service"].Value,
            int.Parse(match.Groups["cap"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups["discarded"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            message);
    }

    [GeneratedRegex(@"\((?<service>[A-Z_]+)\s*=\s*(?<cap>\d+)\s*,\s*DISCARDED\s*=\s*(?<discarded>\d+)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LimitPattern();
}
