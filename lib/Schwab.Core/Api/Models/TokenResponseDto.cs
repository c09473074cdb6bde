using System.Text.Json.Serialization;

namespace Schwab.Core.Api.Models;

/// <summary>The token endpoint's 200 body (schwab-api.md §1.4); there is no expires_at, the client computes it.</summary>
internal sealed record TokenResponseDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("id_token")]
    public string? IdToken { get; init; }
}
