namespace Schwab.Core.Data;

/// <summary>The database schema is not the version this build needs; the message is one line saying what to do.</summary>
public sealed class SchemaVersionException : Exception
{
    /// <summary>Creates the exception for a database at <paramref name="found"/> and a build needing <paramref name="required"/>.</summary>
    /// <param name="found">The version in the database (0 when it has no schema).</param>
    /// <param name="required">The version this build needs.</param>
    public SchemaVersionException(int found, int required)
        : base(found < required
            ? $"database schema is at version {found}, this build needs {required}: run 'schwabctl db migrate'"
            : $"database schema is at version {found}, newer than this build's {required}: upgrade schwab to a build that knows version {found}")
    {
        Found = found;
        Required = required;
    }

    /// <summary>The version found in the database (0 when it has no schema).</summary>
    public int Found { get; }

    /// <summary>The version this build needs.</summary>
    public int Required { get; }
}
