namespace Schwab.Cli.Commands.Health;

/// <summary>
/// One unit as <c>systemctl show -p Id,LoadState,ActiveState,SubState,Result,NRestarts,StatusText,ActiveEnterTimestamp,Wants</c>
/// reports it.
/// </summary>
internal sealed record UnitState(
    string Id,
    string LoadState,
    string ActiveState,
    string SubState,
    string Result,
    int Restarts,
    string StatusText,
    DateTimeOffset? ActiveEnterTimestamp,
    IReadOnlySet<string> Wants)
{
    public bool IsInstalled => LoadState is not ("not-found" or "");

    public bool IsActive => ActiveState == "active";

    /// <summary>The unit's name without <c>.service</c> (<c>schwab-chains</c>), as alert keys and heartbeat rows name it.</summary>
    public string ShortName => Id.EndsWith(".service", StringComparison.Ordinal) ? Id[..^".service".Length] : Id;
}
