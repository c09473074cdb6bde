using System.Text.Json;

namespace Schwab.Core.Api.Chains;

/// <summary>Returns the previous string when a short JSON string value repeats (a chain's roots and types do).</summary>
internal sealed class StringCache
{
    private byte[] _bytes = [];
    private string? _value;

    public string? Get(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        if (_value is not null && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(_bytes))
        {
            return _value;
        }

        _value = reader.GetString();
        _bytes = reader.ValueIsEscaped ? [] : reader.ValueSpan.ToArray();
        return _value;
    }
}
