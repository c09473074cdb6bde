using System.Collections.Immutable;

namespace Schwab.Core.Api.Streaming;

/// <summary>The numbered fields of one level-one service, and where its common quote fields live.</summary>
public sealed class LevelOneFieldMap
{
    private LevelOneFieldMap(string service, LevelOneField[] fields)
    {
        Service = service;
        Fields = [.. fields];
        Bid = Find("BidPrice");
        Ask = Find("AskPrice");
        Last = Find("LastPrice");
        Mark = Find("MarkPrice");
        BidSize = Find("BidSize");
        AskSize = Find("AskSize");
        LastSize = Find("LastSize");
        TotalVolume = Find("TotalVolume");
        QuoteTime = Find("QuoteTime");
        TradeTime = Find("TradeTime");
        Description = Find("Description");
        Delta = Find("Delta");
        Gamma = Find("Gamma");
        Theta = Find("Theta");
        Vega = Find("Vega");
        Rho = Find("Rho");
        Volatility = Find("Volatility");
        OpenInterest = Find("OpenInterest");
        UnderlyingPrice = Find("UnderlyingPrice");
    }

    /// <summary>LEVELONE_EQUITIES, fields 0–51.</summary>
    public static LevelOneFieldMap Equities { get; } = new(StreamerServices.LevelOneEquities, LevelOneEquityFields.Create());

    /// <summary>LEVELONE_OPTIONS, fields 0–55.</summary>
    public static LevelOneFieldMap Options { get; } = new(StreamerServices.LevelOneOptions, LevelOneOptionFields.Create());

    /// <summary>The service name.</summary>
    public string Service { get; }

    /// <summary>All fields, indexed by field number.</summary>
    public ImmutableArray<LevelOneField> Fields { get; }

    internal int Bid { get; }
    internal int Ask { get; }
    internal int Last { get; }
    internal int Mark { get; }
    internal int BidSize { get; }
    internal int AskSize { get; }
    internal int LastSize { get; }
    internal int TotalVolume { get; }
    internal int QuoteTime { get; }
    internal int TradeTime { get; }
    internal int Description { get; }
    internal int Delta { get; }
    internal int Gamma { get; }
    internal int Theta { get; }
    internal int Vega { get; }
    internal int Rho { get; }
    internal int Volatility { get; }
    internal int OpenInterest { get; }
    internal int UnderlyingPrice { get; }

    /// <summary>The map of a level-one service, or null for services without one.</summary>
    public static LevelOneFieldMap? For(string? service) => service switch
    {
        StreamerServices.LevelOneEquities => Equities,
        StreamerServices.LevelOneOptions => Options,
        _ => null,
    };

    /// <summary>The field number named <paramref name="name"/>, or -1.</summary>
    public int Find(string name)
    {
        foreach (LevelOneField field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field.Number;
            }
        }

        return -1;
    }
}
