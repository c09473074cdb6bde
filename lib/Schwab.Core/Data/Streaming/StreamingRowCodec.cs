namespace Schwab.Core.Data.Streaming;

/// <summary>The spill-file encoding of a <see cref="StreamingRow"/>: a version byte, then every field, nullable ones behind a presence flag.</summary>
internal static class StreamingRowCodec
{
    private const byte Version = 1;

    public static byte[] Encode(StreamingRow row)
    {
        using var buffer = new MemoryStream(256);
        using (var w = new BinaryWriter(buffer))
        {
            w.Write(Version);
            w.Write(row.Ordinal);
            w.Write(row.Timestamp.UtcTicks);
            w.Write(row.Sequence);
            w.Write(row.Service);
            w.Write(row.Symbol);
            foreach (decimal? d in (decimal?[])[row.Bid, row.Ask, row.Last, row.Mark])
            {
                Write(w, d);
            }

            foreach (long? l in (long?[])[row.BidSize, row.AskSize, row.LastSize, row.TotalVolume])
            {
                Write(w, l);
            }

            foreach (decimal? d in (decimal?[])[row.OpenPrice, row.HighPrice, row.LowPrice, row.ClosePrice, row.NetChange])
            {
                Write(w, d);
            }

            Write(w, row.QuoteTime?.UtcTicks);
            Write(w, row.TradeTime?.UtcTicks);
            foreach (decimal? d in (decimal?[])[row.Volatility, row.Delta, row.Gamma, row.Theta, row.Vega, row.Rho])
            {
                Write(w, d);
            }

            Write(w, row.OpenInterest);
            Write(w, row.UnderlyingPrice);
            Write(w, row.TheoreticalValue);
        }

        return buffer.ToArray();
    }

    /// <summary>The row's <see cref="StreamingRow.Ordinal"/> alone, without decoding the rest.</summary>
    /// <exception cref="InvalidDataException">The record is not a version-1 row.</exception>
    public static long ReadOrdinal(ReadOnlySpan<byte> payload) =>
        payload.Length >= 9 && payload[0] == Version
            ? System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(payload[1..])
            : throw new InvalidDataException("Spill record: unknown version");

    /// <exception cref="InvalidDataException">The record is not a version-1 row.</exception>
    public static StreamingRow Decode(byte[] payload) => Decode(payload.AsMemory());

    /// <exception cref="InvalidDataException">The record is not a version-1 row.</exception>
    public static StreamingRow Decode(ReadOnlyMemory<byte> payload)
    {
        ArraySegment<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(payload, out ArraySegment<byte> segment)
            ? segment
            : new ArraySegment<byte>(payload.ToArray());
        using var r = new BinaryReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false));
        if (r.ReadByte() != Version)
        {
            throw new InvalidDataException("Spill record: unknown version");
        }

        return new StreamingRow
        {
            Ordinal = r.ReadInt64(),
            Timestamp = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero),
            Sequence = r.ReadInt64(),
            Service = r.ReadString(),
            Symbol = r.ReadString(),
            Bid = D(r),
            Ask = D(r),
            Last = D(r),
            Mark = D(r),
            BidSize = L(r),
            AskSize = L(r),
            LastSize = L(r),
            TotalVolume = L(r),
            OpenPrice = D(r),
            HighPrice = D(r),
            LowPrice = D(r),
            ClosePrice = D(r),
            NetChange = D(r),
            QuoteTime = L(r) is long q ? new DateTimeOffset(q, TimeSpan.Zero) : null,
            TradeTime = L(r) is long t ? new DateTimeOffset(t, TimeSpan.Zero) : null,
            Volatility = D(r),
            Delta = D(r),
            Gamma = D(r),
            Theta = D(r),
            Vega = D(r),
            Rho = D(r),
            OpenInterest = L(r),
            UnderlyingPrice = D(r),
            TheoreticalValue = D(r),
        };
    }

    private static void Write(BinaryWriter w, decimal? value)
    {
        w.Write(value.HasValue);
        if (value.HasValue)
        {
            w.Write(value.Value);
        }
    }

    private static void Write(BinaryWriter w, long? value)
    {
        w.Write(value.HasValue);
        if (value.HasValue)
        {
            w.Write(value.Value);
        }
    }

    private static decimal? D(BinaryReader r) => r.ReadBoolean() ? r.ReadDecimal() : null;

    private static long? L(BinaryReader r) => r.ReadBoolean() ? r.ReadInt64() : null;
}
