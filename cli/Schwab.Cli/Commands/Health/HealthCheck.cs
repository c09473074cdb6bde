namespace Schwab.Cli.Commands.Health;

/// <summary>
/// One finding of <c>schwabctl health</c>: a readable <paramref name="Name"/>, a stable alert <paramref name="Key"/>
/// (<c>unit:schwab-chains</c>, <c>stale:quotes</c>), its status, a one-line detail and the raw values behind it.
/// </summary>
internal sealed record HealthCheck(string Name, string Key, HealthStatus Status, string Detail, IReadOnlyDictionary<string, object?> Values)
{
    public static HealthCheck Ok(string name, string key, string detail, IReadOnlyDictionary<string, object?>? values = null) =>
        new(name, key, HealthStatus.Ok, detail, values ?? s_empty);

    public static HealthCheck Of(HealthStatus status, string name, string key, string detail, IReadOnlyDictionary<string, object?>? values = null) =>
        new(name, key, status, detail, values ?? s_empty);

    private static readonly IReadOnlyDictionary<string, object?> s_empty = new Dictionary<string, object?>();
}
