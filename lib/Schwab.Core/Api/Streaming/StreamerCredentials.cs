namespace Schwab.Core.Api.Streaming;

/// <summary>
/// The streamer connection facts from <c>GET /trader/v1/userPreference</c> → <c>streamerInfo[0]</c>
/// (schwab-api.md §2.5, §4.1).
/// </summary>
/// <param name="SocketUrl">The WebSocket URL (<c>streamerSocketUrl</c>), e.g. <c>wss://streamer-api.schwab.com/ws</c>.</param>
/// <param name="SchwabClientCustomerId">Sent unchanged on every request (<c>schwabClientCustomerId</c>).</param>
/// <param name="SchwabClientCorrelId">Sent unchanged on every request (<c>schwabClientCorrelId</c>).</param>
/// <param name="SchwabClientChannel">LOGIN parameter (<c>schwabClientChannel</c>, e.g. <c>N9</c>).</param>
/// <param name="SchwabClientFunctionId">LOGIN parameter (<c>schwabClientFunctionId</c>, e.g. <c>APIAPP</c>).</param>
public sealed record StreamerCredentials(
    Uri SocketUrl,
    string SchwabClientCustomerId,
    string SchwabClientCorrelId,
    string SchwabClientChannel,
    string SchwabClientFunctionId);
