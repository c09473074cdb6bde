namespace Schwab.Core.Security;

/// <summary>The token key is missing, unreadable or malformed, or does not match the stored ciphertext.</summary>
/// <remarks>Messages are one line, name the place looked at, and never contain key material or plaintext.</remarks>
public sealed class TokenKeyException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    /// <param name="message">What is wrong, e.g. <c>token key not found: ...</c>.</param>
    public TokenKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying failure.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The I/O or cryptographic failure behind it.</param>
    public TokenKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TokenKeyException()
        : base("token key error")
    {
    }
}
