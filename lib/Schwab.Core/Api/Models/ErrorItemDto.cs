using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>One error object (status is a string in 400s and a number in 401/404/500).</summary>
internal sealed record ErrorItemDto
{
    public string? Id { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Status { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    public ErrorSourceDto? Source { get; init; }
}
