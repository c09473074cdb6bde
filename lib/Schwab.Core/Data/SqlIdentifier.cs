namespace Schwab.Core.Data;

/// <summary>Checks and quotes SQL Server identifiers that come from configuration.</summary>
internal static class SqlIdentifier
{
    /// <summary>True when <paramref name="value"/> is non-empty and only <c>[A-Za-z0-9_]</c>.</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Returns <paramref name="value"/> in brackets after checking it.</summary>
    /// <exception cref="ArgumentException">The identifier contains anything but <c>[A-Za-z0-9_]</c>.</exception>
    public static string Quote(string value) =>
        IsValid(value)
            ? $"[{value}]"
            : throw new ArgumentException($"'{value}' may contain only A-Z, a-z, 0-9 and _", nameof(value));
}
