namespace Schwab.Testing;

/// <summary>A request seen by <see cref="StubHttpMessageHandler"/>.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Uri">The absolute request URI (as sent: encoded).</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="Body">The request body text, if any.</param>
/// <param name="SentAt">When the request reached the stub (fake time in tests).</param>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    string? Authorization,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    DateTimeOffset SentAt);
