using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Schwab.Core.Hosting.Journald;

/// <summary>
/// Builds one journald native-protocol datagram: <c>NAME=value\n</c> per field, or, for values holding a
/// newline, the binary-safe form <c>NAME\n</c> + 64-bit little-endian length + value + <c>\n</c>.
/// </summary>
/// <remarks>See systemd's "Native Journal Protocol": field names are upper-case A–Z, 0–9 and _, must not
/// start with a digit or _ (those are trusted fields journald sets itself), and are at most 64 characters.</remarks>
internal sealed class JournalFields
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    public int Length => _buffer.WrittenCount;

    /// <summary>Turns a property name such as <c>ApiName</c> or <c>event.id</c> into a valid field name (<c>API_NAME</c>, <c>EVENT_ID</c>).</summary>
    public static string? FieldName(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length && builder.Length < 64; i++)
        {
            char c = name[i];
            if (char.IsAsciiLetterUpper(c) && i > 0 && (char.IsAsciiLetterLower(name[i - 1]) || char.IsAsciiDigit(name[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        string field = builder.ToString().TrimStart('_');
        return field.Length == 0 || char.IsAsciiDigit(field[0]) ? null : field;
    }

    public void Add(string name, string value)
    {
        byte[] nameBytes = Encoding.ASCII.GetBytes(name);
        byte[] valueBytes = Encoding.UTF8.GetBytes(value);
        _buffer.Write(nameBytes);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            _buffer.Write("\n"u8);
            Span<byte> length = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)valueBytes.Length);
            _buffer.Write((ReadOnlySpan<byte>)length);
        }
        else
        {
            _buffer.Write("="u8);
        }

        _buffer.Write(valueBytes);
        _buffer.Write("\n"u8);
    }

    public ReadOnlyMemory<byte> ToMemory() => _buffer.WrittenMemory;
}
