using System.Text.Json;
using Schwab.Core.Api.Json;
using Schwab.Core.Domain;

namespace Schwab.Core.Api.Chains;

/// <summary>Collects the top-level chain fields (and the optional <c>underlying</c> block) as they stream past.</summary>
internal sealed class OptionChainTopLevel(string? requestedSymbol)
{
    private string? _symbol;
    private string? _status;
    private bool _isChainTruncated;
    private bool? _isDelayed;
    private bool? _isIndex;
    private decimal? _interestRate;
    private decimal? _volatility;
    private int? _numberOfContracts;
    private Quote? _underlying;

    /// <summary>Gets the underlying symbol for contracts: the body's <c>symbol</c>, else the requested one.</summary>
    public string UnderlyingSymbol => _symbol ?? requestedSymbol ?? "";

    /// <summary>Gets the underlying price seen so far (it precedes the maps in real bodies).</summary>
    public decimal? UnderlyingPrice { get; private set; }

    public OptionChainSummary Build(int contractCount) => new()
    {
        Symbol = UnderlyingSymbol,
        Status = _status,
        UnderlyingPrice = UnderlyingPrice,
        IsChainTruncated = _isChainTruncated,
        IsDelayed = _isDelayed,
        IsIndex = _isIndex,
        InterestRate = _interestRate,
        Volatility = _volatility,
        NumberOfContracts = _numberOfContracts,
        Underlying = _underlying,
        ContractCount = contractCount,
    };

    /// <summary>Reads one top-level property; <paramref name="value"/> is positioned on its (complete) value.</summary>
    public void Read(ref Utf8JsonReader name, ref Utf8JsonReader value)
    {
        bool isNull = value.TokenType == JsonTokenType.Null;
        if (name.ValueTextEquals("symbol"u8) && value.TokenType == JsonTokenType.String)
        {
            _symbol = value.GetString();
        }
        else if (name.ValueTextEquals("status"u8) && !isNull)
        {
            _status = value.TokenType == JsonTokenType.String ? value.GetString() : null;
        }
        else if (name.ValueTextEquals("underlyingPrice"u8) && value.TokenType == JsonTokenType.Number)
        {
            UnderlyingPrice = JsonNumbers.ReadDecimal(ref value);
        }
        else if (name.ValueTextEquals("isChainTruncated"u8))
        {
            _isChainTruncated = value.TokenType == JsonTokenType.True;
        }
        else if (name.ValueTextEquals("isDelayed"u8) && !isNull)
        {
            _isDelayed = value.TokenType == JsonTokenType.True;
        }
        else if (name.ValueTextEquals("isIndex"u8) && !isNull)
        {
            _isIndex = value.TokenType == JsonTokenType.True;
        }
        else if (name.ValueTextEquals("interestRate"u8) && value.TokenType == JsonTokenType.Number)
        {
            _interestRate = JsonNumbers.ReadDecimal(ref value);
        }
        else if (name.ValueTextEquals("volatility"u8) && value.TokenType == JsonTokenType.Number)
        {
            _volatility = JsonNumbers.ReadDecimal(ref value);
        }
        else if (name.ValueTextEquals("numberOfContracts"u8) && value.TokenType == JsonTokenType.Number)
        {
            _numberOfContracts = JsonNumbers.ReadInt32(ref value);
        }
        else if (name.ValueTextEquals("underlying"u8) && value.TokenType == JsonTokenType.StartObject)
        {
            _underlying = ChainUnderlyingReader.Read(ref value);
        }
        else if (name.ValueTextEquals("fault"u8) && value.TokenType == JsonTokenType.StartObject)
        {
            throw GatewayFault(ref value);
        }
    }

    private static SchwabApiException GatewayFault(ref Utf8JsonReader value)
    {
        // {"fault":{"faultstring":"Body buffer overflow","detail":{"errorcode":"protocol.http.TooBigBody"}}}
        string? text = null;
        string? code = null;
        int depth = value.CurrentDepth;
        while (value.Read() && value.CurrentDepth > depth)
        {
            if (value.TokenType == JsonTokenType.PropertyName && value.ValueTextEquals("faultstring"u8) && value.Read())
            {
                text = value.TokenType == JsonTokenType.String ? value.GetString() : null;
            }
            else if (value.TokenType == JsonTokenType.PropertyName && value.ValueTextEquals("errorcode"u8) && value.Read())
            {
                code = value.TokenType == JsonTokenType.String ? value.GetString() : null;
            }
        }

        return new SchwabApiException($"Schwab gateway fault from {OptionChainParser.Endpoint}: {text ?? "unknown fault"}")
        {
            Endpoint = OptionChainParser.Endpoint,
            ErrorText = text,
            ErrorCode = code,
        };
    }
}
