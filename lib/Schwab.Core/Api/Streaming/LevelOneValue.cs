using System.Globalization;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// One field value, stored without boxing: a number (as <see cref="decimal"/>), a flag or text.
/// <see langword="default"/> means "not received".
/// </summary>
public readonly struct LevelOneValue : IEquatable<LevelOneValue>
{
    private readonly decimal _number;
    private readonly string? _text;
    private readonly byte _kind; // 0 none, 1 number, 2 boolean, 3 text

    private LevelOneValue(byte kind, decimal number, string? text)
    {
        _kind = kind;
        _number = number;
        _text = text;
    }

    /// <summary>Whether a value has been received.</summary>
    public bool HasValue => _kind != 0;

    /// <summary>Whether the value is a number.</summary>
    public bool IsNumber => _kind == 1;

    /// <summary>A numeric value.</summary>
    public static LevelOneValue FromNumber(decimal value) => new(1, value, null);

    /// <summary>A flag value.</summary>
    public static LevelOneValue FromBoolean(bool value) => new(2, value ? 1m : 0m, null);

    /// <summary>A text value.</summary>
    public static LevelOneValue FromText(string value) => new(3, 0m, value);

    /// <summary>The value as a decimal, or null when absent or not numeric.</summary>
    public decimal? AsDecimal() => _kind is 1 or 2 ? _number : null;

    /// <summary>The value as a whole number (truncated), or null when absent or not numeric.</summary>
    public long? AsInt64() => _kind is 1 or 2 && _number >= long.MinValue && _number <= long.MaxValue ? (long)_number : null;

    /// <summary>The value as a flag (numbers: non-zero is true), or null.</summary>
    public bool? AsBoolean() => _kind is 1 or 2 ? _number != 0m : null;

    /// <summary>The value as an instant from epoch milliseconds; null when absent or 0 ("never").</summary>
    public DateTimeOffset? AsTimestamp()
    {
        long? ms = AsInt64();
        return ms is > 0 and < 253_402_300_800_000 ? DateTimeOffset.FromUnixTimeMilliseconds(ms.Value) : null;
    }

    /// <summary>The value as text (numbers in invariant culture), or null when absent.</summary>
    public string? AsString() => _kind switch
    {
        1 => _number.ToString(CultureInfo.InvariantCulture),
        2 => _number != 0m ? "true" : "false",
        3 => _text,
        _ => null,
    };

    /// <inheritdoc />
    public bool Equals(LevelOneValue other) => _kind == other._kind && _number == other._number && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LevelOneValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, _number, _text);

    /// <inheritdoc />
    public override string ToString() => AsString() ?? string.Empty;

    /// <summary>Equality.</summary>
    public static bool operator ==(LevelOneValue left, LevelOneValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(LevelOneValue left, LevelOneValue right) => !left.Equals(right);
}
