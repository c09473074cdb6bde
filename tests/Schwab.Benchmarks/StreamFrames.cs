using System.Buffers.Text;
using System.Text;

namespace Schwab.Benchmarks;

/// <summary>
/// Change-only LEVELONE_OPTIONS data frames (schwab-api.md §4.3) over a fixed set of SPXW 0DTE keys, written as UTF-8 into
/// one reused buffer: the first item of a key carries every default option field, later items the key plus bid, ask, mark
/// and volume (and every fourth one last and quote time), as a busy option chain sends them.
/// </summary>
internal sealed class StreamFrames
{
    /// <summary>The default option fields of <c>StreamOptions.OptionFields</c>.</summary>
    public static readonly int[] Fields = [0, 2, 3, 4, 8, 9, 10, 16, 17, 18, 19, 20, 28, 29, 30, 31, 32, 35, 37, 38, 39];

    private readonly byte[][] _keys;
    private readonly bool[] _seen;
    private readonly byte[] _buffer;
    private long _counter;

    public StreamFrames(int keys, int itemsPerFrame)
    {
        ItemsPerFrame = itemsPerFrame;
        Keys = [.. Enumerable.Range(0, keys).Select(i => $"SPXW  261124{(i % 2 == 0 ? 'C' : 'P')}{(5000 + (5 * (i / 2))) * 1000:D8}")];
        _keys = [.. Keys.Select(Encoding.UTF8.GetBytes)];
        _seen = new bool[keys];
        _buffer = new byte[256 + (itemsPerFrame * 512)];
    }

    public int ItemsPerFrame { get; }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>The next frame of <paramref name="items"/> updates (keys in turn); valid until the next call.</summary>
    public ReadOnlyMemory<byte> Next(int items, long timestampMs)
    {
        var w = new Writer(_buffer);
        w.Raw("{\"data\":[{\"service\":\"LEVELONE_OPTIONS\",\"timestamp\":"u8);
        w.Long(timestampMs);
        w.Raw(",\"command\":\"SUBS\",\"content\":["u8);
        for (int i = 0; i < items; i++)
        {
            long n = _counter++;
            int k = (int)(n % _keys.Length);
            long cents = 1000 + ((n * 7) % 900);
            if (i > 0)
            {
                w.Raw(","u8);
            }

            w.Raw("{\"key\":\""u8);
            w.Raw(_keys[k]);
            w.Raw("\""u8);
            w.Price("2", cents);
            w.Price("3", cents + 20);
            w.Price("37", cents + 10);
            w.Field("8", n);
            if (!_seen[k] || n % 4 == 0)
            {
                w.Price("4", cents + 5);
                w.Field("38", timestampMs);
            }

            if (!_seen[k])
            {
                _seen[k] = true;
                w.Raw(",\"delayed\":false,\"assetMainType\":\"OPTION\""u8);
                w.Field("9", 1000 + k);
                w.Price("10", 1500 + k);
                w.Field("16", 10);
                w.Field("17", 12);
                w.Field("18", 1);
                w.Price("19", -25);
                w.Price("20", 500_000 + (500 * (k / 2)));
                w.Price("28", k % 2 == 0 ? 50 : -50);
                w.Price("29", 1);
                w.Price("30", -300);
                w.Price("31", 40);
                w.Price("32", 2);
                w.Price("35", 500_123);
                w.Field("39", timestampMs);
            }

            w.Raw("}"u8);
        }

        w.Raw("]}]}"u8);
        return _buffer.AsMemory(0, w.Length);
    }

    private ref struct Writer(byte[] buffer)
    {
        private readonly Span<byte> _span = buffer;

        public int Length { get; private set; }

        public void Raw(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_span[Length..]);
            Length += bytes.Length;
        }

        public void Long(long value)
        {
            Utf8Formatter.TryFormat(value, _span[Length..], out int written);
            Length += written;
        }

        public void Field(string number, long value)
        {
            Name(number);
            Long(value);
        }

        /// <summary>A price given in cents, written as <c>12.34</c> (or <c>-0.25</c>).</summary>
        public void Price(string number, long cents)
        {
            Name(number);
            if (cents < 0)
            {
                Raw("-"u8);
                cents = -cents;
            }

            Long(cents / 100);
            Raw("."u8);
            _span[Length++] = (byte)('0' + (cents % 100 / 10));
            _span[Length++] = (byte)('0' + (cents % 10));
        }

        private void Name(string number)
        {
            Raw(",\""u8);
            Length += Encoding.ASCII.GetBytes(number, _span[Length..]);
            Raw("\":"u8);
        }
    }
}
