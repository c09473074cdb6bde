using System.Globalization;
using System.Text.Json;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Chains;

/// <summary>
/// The resumable state machine behind <see cref="OptionChainParser"/>: each call to <see cref="Advance"/> consumes only
/// whole units (a scalar, a whole contract object, a whole skipped value) and stops where the buffer runs out.
/// </summary>
internal sealed class OptionChainParseState(string? requestedSymbol)
{
    private enum Phase
    {
        Start,
        TopLevel,
        SideMap,
        ExpiryMap,
        StrikeArray,
        Done,
    }

    private readonly OptionContractReader _contracts = new();
    private readonly OptionChainTopLevel _top = new(requestedSymbol);
    private Phase _phase;
    private PutCall _side;
    private DateOnly _expiry;
    private int _daysToExpiration;
    private decimal _strikeKey;

    public JsonReaderState ReaderState { get; set; }

    public bool IsDone => _phase == Phase.Done;

    public OptionChainSummary BuildSummary() => _top.Build(_contracts.Count);

    public void Advance(ref Utf8JsonReader reader, List<OptionContract> batch)
    {
        Span<char> name = stackalloc char[64];
        while (_phase != Phase.Done)
        {
            Utf8JsonReader probe = reader;
            if (!probe.Read())
            {
                return;
            }

            switch (_phase)
            {
                case Phase.Start:
                    if (probe.TokenType != JsonTokenType.StartObject)
                    {
                        throw new JsonException($"expected a JSON object but found {probe.TokenType}");
                    }

                    _phase = Phase.TopLevel;
                    break;
                case Phase.TopLevel when probe.TokenType == JsonTokenType.EndObject:
                    _phase = Phase.Done;
                    break;
                case Phase.TopLevel:
                    if (!ReadTopLevelProperty(ref probe))
                    {
                        return;
                    }

                    break;
                case Phase.SideMap or Phase.ExpiryMap when probe.TokenType == JsonTokenType.EndObject:
                    _phase = _phase == Phase.SideMap ? Phase.TopLevel : Phase.SideMap;
                    break;
                case Phase.SideMap:
                    ReadKey(ref probe, name, out int length);
                    ParseExpiryKey(name[..length]);
                    if (!EnterContainer(ref probe, JsonTokenType.StartObject, Phase.ExpiryMap))
                    {
                        return;
                    }

                    break;
                case Phase.ExpiryMap:
                    ReadKey(ref probe, name, out length);
                    _ = decimal.TryParse(name[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out _strikeKey);
                    if (!EnterContainer(ref probe, JsonTokenType.StartArray, Phase.StrikeArray))
                    {
                        return;
                    }

                    break;
                case Phase.StrikeArray when probe.TokenType == JsonTokenType.EndArray:
                    _phase = Phase.ExpiryMap;
                    break;
                case Phase.StrikeArray:
                    Utf8JsonReader end = probe;
                    if (!end.TrySkip())
                    {
                        return;
                    }

                    if (probe.TokenType == JsonTokenType.StartObject)
                    {
                        batch.Add(_contracts.Read(ref probe, _top, _side, _expiry, _daysToExpiration, _strikeKey));
                    }

                    probe = end;
                    break;
            }

            reader = probe;
        }
    }

    private bool ReadTopLevelProperty(ref Utf8JsonReader probe)
    {
        Utf8JsonReader value = probe;
        if (!value.Read())
        {
            return false;
        }

        bool isCalls = probe.ValueTextEquals("callExpDateMap"u8);
        if ((isCalls || probe.ValueTextEquals("putExpDateMap"u8)) && value.TokenType == JsonTokenType.StartObject)
        {
            _side = isCalls ? PutCall.Call : PutCall.Put;
            _phase = Phase.SideMap;
            probe = value;
            return true;
        }

        Utf8JsonReader end = value;
        if (!end.TrySkip())
        {
            return false;
        }

        _top.Read(ref probe, ref value);
        probe = end;
        return true;
    }

    /// <summary>Moves into the map/array value after a key, or skips a value of any other shape whole.</summary>
    private bool EnterContainer(ref Utf8JsonReader probe, JsonTokenType expected, Phase next)
    {
        Utf8JsonReader value = probe;
        if (!value.Read())
        {
            return false;
        }

        if (value.TokenType == expected)
        {
            _phase = next;
            probe = value;
            return true;
        }

        if (!value.TrySkip())
        {
            return false;
        }

        probe = value;
        return true;
    }

    private static void ReadKey(ref Utf8JsonReader probe, scoped Span<char> name, out int length)
    {
        if (probe.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"expected a map key but found {probe.TokenType}");
        }

        length = probe.ValueSpan.Length <= name.Length ? probe.CopyString(name) : 0;
    }

    private void ParseExpiryKey(ReadOnlySpan<char> key)
    {
        // "2025-05-20:9" — expiration date, colon, calendar days to expiration.
        int colon = key.IndexOf(':');
        ReadOnlySpan<char> date = colon >= 0 ? key[..colon] : key;
        _expiry = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : default;
        _daysToExpiration = colon >= 0 && int.TryParse(key[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out int dte) ? dte : 0;
    }
}
