using System.Globalization;
using System.Text;

namespace Schwab.Core.Api.Http;

/// <summary>Builds a path with a query string, percent-encoding every value (<c>$SPX</c> → <c>%24SPX</c>, spaces → <c>%20</c>).</summary>
internal sealed class QueryString(string path)
{
    private readonly StringBuilder _text = new(path);
    private bool _first = true;

    /// <summary>The Schwab trader ISO form with milliseconds and Z, e.g. <c>2024-03-28T21:10:42.000Z</c>.</summary>
    public static string IsoMillis(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Segment(string value) => Uri.EscapeDataString(value);

    public QueryString Add(string name, string? value)
    {
        if (value is not null)
        {
            _text.Append(_first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            _first = false;
        }

        return this;
    }

    public QueryString Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, decimal? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public QueryString Add(string name, DateOnly? value) => Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
