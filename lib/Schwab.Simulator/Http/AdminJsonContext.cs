using System.Text.Json.Serialization;

namespace Schwab.Simulator.Http;

/// <summary>Source-generated JSON for the admin endpoints (enum names as strings, case-insensitive on input).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AdminFaultRequest))]
[JsonSerializable(typeof(AdminRecordSummary))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
