namespace Schwab.Core.Domain;

/// <summary>The result of a /quotes call: quotes by requested symbol plus the symbols Schwab did not know.</summary>
public sealed record QuoteSet
{
    /// <summary>Gets the quotes keyed by the requested symbol string.</summary>
    public IReadOnlyDictionary<string, Quote> Quotes { get; init; } = new Dictionary<string, Quote>();

    /// <summary>Gets the requested symbols Schwab reported as invalid.</summary>
    public IReadOnlyList<string> InvalidSymbols { get; init; } = [];
}
