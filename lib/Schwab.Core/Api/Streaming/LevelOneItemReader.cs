using System.Text.Json;

namespace Schwab.Core.Api.Streaming;

/// <summary>
/// Reads one level-one content item (<c>{"key":"AAPL","3":233.31,"8":69783236}</c>) into field changes,
/// without boxing values. Unknown fields are ignored. Single-threaded: the change buffer is reused.
/// </summary>
internal sealed class LevelOneItemReader
{
    private LevelOneFieldChange[] _changes = new LevelOneFieldChange[64];

    public bool TryRead(JsonElement item, LevelOneFieldMap map, out string key, out ReadOnlySpan<LevelOneFieldChange> changes, out LevelOneExtras extras)
    {
        key = string.Empty;
        changes = default;
        extras = default;
        if (item.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        int count = 0;
        string? itemKey = null;
        bool? delayed = null;
        string? mainType = null, subType = null, cusip = null;
        foreach (JsonProperty property in item.EnumerateObject())
        {
            string name = property.Name;
            if (name.Length > 0 && char.IsAsciiDigit(name[0]))
            {
                if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int field)
                    && field > 0 && field < map.Fields.Length && TryConvert(property.Value, out LevelOneValue value))
                {
                    Append(ref count, new LevelOneFieldChange(field, value));
                }

                continue;
            }

            switch (name)
            {
                case "key":
                    itemKey = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    break;
                case "delayed":
                    delayed = property.Value.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
                    break;
                case "assetMainType":
                    mainType = StringOrNull(property.Value);
                    break;
                case "assetSubType":
                    subType = StringOrNull(property.Value);
                    break;
                case "cusip":
                    cusip = StringOrNull(property.Value);
                    break;
                default:
                    break; // unknown named properties are ignored
            }
        }

        if (string.IsNullOrEmpty(itemKey))
        {
            return false;
        }

        key = itemKey;
        changes = _changes.AsSpan(0, count);
        extras = new LevelOneExtras(delayed, mainType, subType, cusip);
        return true;
    }

    internal static bool TryConvert(JsonElement element, out LevelOneValue value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetDecimal(out decimal number):
                value = LevelOneValue.FromNumber(number);
                return true;
            case JsonValueKind.Number when element.TryGetDouble(out double real) && double.IsFinite(real) && Math.Abs(real) < 7.9e28:
                value = LevelOneValue.FromNumber((decimal)real);
                return true;
            case JsonValueKind.String:
                value = LevelOneValue.FromText(element.GetString()!);
                return true;
            case JsonValueKind.True:
            case JsonValueKind.False:
                value = LevelOneValue.FromBoolean(element.ValueKind == JsonValueKind.True);
                return true;
            case JsonValueKind.Object:
            case JsonValueKind.Array:
                value = LevelOneValue.FromText(element.GetRawText());
                return true;
            default:
                value = default;
                return false;
        }
    }

    private static string? StringOrNull(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void Append(ref int count, LevelOneFieldChange change)
    {
        // A repeated field number in one item: the later value wins, as it would after a merge.
        for (int i = 0; i < count; i++)
        {
            if (_changes[i].Field == change.Field)
            {
                _changes[i] = change;
                return;
            }
        }

        if (count == _changes.Length)
        {
            Array.Resize(ref _changes, _changes.Length * 2);
        }

        _changes[count++] = change;
    }
}
