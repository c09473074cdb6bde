namespace Schwab.Core.Data.Candles;

/// <summary>What one fill did: the gaps found in a symbol's range and how many rows were written.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="MinuteGaps">The minute gaps found before filling (each day with one was fetched again).</param>
/// <param name="MissingDays">Trading days with no stored daily candle before filling.</param>
/// <param name="MinutesWritten">Minute rows inserted or changed.</param>
/// <param name="DaysWritten">Daily rows inserted or changed.</param>
/// <param name="MinuteGapsLeft">Minute gaps still open after the fill (Schwab had nothing for them).</param>
public sealed record CandleFill(string Symbol, IReadOnlyList<MinuteGap> MinuteGaps, IReadOnlyList<DateOnly> MissingDays, int MinutesWritten, int DaysWritten, IReadOnlyList<MinuteGap> MinuteGapsLeft);
