namespace Schwab.Core.Domain;

/// <summary>Whether an option is a put or a call.</summary>
public enum PutCall
{
    /// <summary>A call.</summary>
    Call,

    /// <summary>A put.</summary>
    Put,
}
