using System.Text.Json;
using System.Text.RegularExpressions;
using Schwab.Core.Api.Models;

namespace Schwab.Core.Api.Http;

/// <summary>
/// Extracts Schwab's error text and code from every error body shape (schwab-api.md §1.6, §3.2): <c>errors[]</c>
/// objects, trader <c>message</c>/<c>errors[]</c> strings, OAuth <c>error</c>/<c>error_description</c> (including the
/// string-escaped nested JSON of a refused refresh token), the gateway <c>fault</c>, HTML pages and plain text.
/// </summary>
internal static partial class SchwabErrorBody
{
    private const int MaxTextLength = 300;

    /// <summary>The error text, the primary code, and a code nested inside <c>error_description</c> (if any).</summary>
    public readonly record struct Parsed(string? Text, string? Code, string? NestedCode);

    public static Parsed Parse(string? body)
    {
        string trimmed = body?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return default;
        }

        if (trimmed[0] == '{')
        {
            try
            {
                ErrorResponseDto? dto = JsonSerializer.Deserialize(trimmed, SchwabJsonContext.Default.ErrorResponseDto);
                if (dto is not null && FromDto(dto) is { } parsed)
                {
                    return parsed;
                }
            }
            catch (JsonException)
            {
                // Not one of the known shapes: fall through to the plain-text rendering.
            }
        }

        return new Parsed(Shorten(trimmed[0] == '<' ? HtmlText(trimmed) : trimmed), null, null);
    }

    private static Parsed? FromDto(ErrorResponseDto dto)
    {
        if (dto.Fault is { } fault)
        {
            return new Parsed(fault.Faultstring, fault.Detail?.Errorcode, null);
        }

        if (dto.Error is not null || dto.ErrorDescription is not null)
        {
            (string? nestedText, string? nestedCode) = Nested(dto.ErrorDescription);
            return new Parsed(Shorten(nestedText ?? dto.ErrorDescription ?? dto.Error), dto.Error, nestedCode);
        }

        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(dto.Message))
        {
            parts.Add(dto.Message);
        }

        foreach (ErrorItemDto item in dto.Errors ?? [])
        {
            string? text = item.Detail ?? item.Title;
            string? where = item.Source?.Parameter ?? item.Source?.Header;
            if (text is not null)
            {
                parts.Add(where is null ? text : $"{text} ({where})");
            }
        }

        return parts.Count == 0 ? null : new Parsed(Shorten(string.Join("; ", parts.Distinct(StringComparer.Ordinal))), dto.Errors?.FirstOrDefault()?.Status, null);
    }

    /// <summary>Unwraps <c>400 Bad Request: "{"error_description":"…","error":"refresh_token_authentication_error"}"</c>.</summary>
    private static (string? Text, string? Code) Nested(string? description)
    {
        int start = description?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        int end = description?.LastIndexOf('}') ?? -1;
        if (start < 0 || end <= start)
        {
            return default;
        }

        try
        {
            ErrorResponseDto? inner = JsonSerializer.Deserialize(description![start..(end + 1)], SchwabJsonContext.Default.ErrorResponseDto);
            return (inner?.ErrorDescription, inner?.Error);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string HtmlText(string html)
    {
        Match title = TitleRegex().Match(html);
        string text = TagRegex().Replace(html, " ");
        Match reference = ReferenceRegex().Match(text);
        string head = title.Success ? title.Groups[1].Value.Trim() : SpaceRegex().Replace(text, " ").Trim();
        return reference.Success && !head.Contains(reference.Value, StringComparison.Ordinal) ? $"{head} ({reference.Value})" : head;
    }

    private static string? Shorten(string? text)
    {
        if (text is null)
        {
            return null;
        }

        text = SpaceRegex().Replace(text, " ").Trim();
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";
    }

    [GeneratedRegex(@"<title[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"Reference\s*#[0-9a-fA-F.]+")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();
}
