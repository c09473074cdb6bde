namespace Schwab.Core.Data.Tokens;

/// <summary>A token save lost a race: the stored row's version is no longer the one the caller read.</summary>
internal sealed class TokenConcurrencyException(string apiName, int expectedVersion)
    : Exception($"tokens of '{apiName}' were changed by another writer (expected version {expectedVersion}); re-read and retry")
{
    /// <summary>The app whose row moved.</summary>
    public string ApiName { get; } = apiName;

    /// <summary>The version the caller expected.</summary>
    public int ExpectedVersion { get; } = expectedVersion;
}
