using System.Text.Json.Serialization;
using Schwab.Core.Api.Json;

namespace Schwab.Core.Api.Models;

/// <summary>
/// The one source-generated JSON context for Schwab wire DTOs. Unknown fields are ignored; numbers may be
/// ints, doubles, exponent form or strings; timestamps may be any Schwab form or epoch milliseconds.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(FlexibleDecimalConverter), typeof(FlexibleInt64Converter), typeof(FlexibleInt32Converter),
        typeof(FlexibleBooleanConverter), typeof(SchwabTimestampConverter)])]
[JsonSerializable(typeof(TokenResponseDto))]
[JsonSerializable(typeof(List<AccountNumberDto>))]
[JsonSerializable(typeof(AccountEnvelopeDto))]
[JsonSerializable(typeof(List<AccountEnvelopeDto>))]
[JsonSerializable(typeof(OrderDto))]
[JsonSerializable(typeof(List<OrderDto>))]
[JsonSerializable(typeof(TransactionDto))]
[JsonSerializable(typeof(List<TransactionDto>))]
[JsonSerializable(typeof(UserPreferenceDto))]
[JsonSerializable(typeof(QuoteResponseDto))]
[JsonSerializable(typeof(QuoteEntryDto))]
[JsonSerializable(typeof(QuoteErrorsDto))]
[JsonSerializable(typeof(PriceHistoryDto))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, MarketHoursProductDto>>))]
[JsonSerializable(typeof(ExpirationChainDto))]
[JsonSerializable(typeof(MoversDto))]
[JsonSerializable(typeof(ErrorResponseDto))]
[JsonSerializable(typeof(ErrorItemDto))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(List<System.Text.Json.JsonElement>))]
internal sealed partial class SchwabJsonContext : JsonSerializerContext;
