namespace Schwab.Systemd.Tests;

/// <summary>
/// Test copies of the installed <c>schwab-tokens.service</c> (a 3 s watchdog, a 1 s restart delay, no alert chain; their
/// <c>schwab-</c> names give them the shared hardening drop-ins), each with the settings it needs as <c>Environment=</c>
/// lines (the .NET <c>Section__Key</c> form).
/// </summary>
internal static class TokensUnits
{
    public const string Production = "schwab-tokens.service";
    public const string Freeze = "schwab-tokens-freeze.service";
    public const string Fast = "schwab-tokens-fast.service";
    public const string NewerSchema = "schwab-tokens-newschema.service";
    public const string EmptyDatabase = "schwab-tokens-emptydb.service";
    public const string NoKey = "schwab-tokens-nokey.service";

    public const string FastDatabase = "/var/lib/schwab/tokens-fast.db";
    public const string NewerSchemaDatabase = "/var/lib/schwab/tokens-newschema.db";
    public const string EmptyDatabaseFile = "/var/lib/schwab/tokens-empty.db";

    /// <summary>The fast unit's clock: 12 s access tokens, refreshed 5 s ahead, checked every second.</summary>
    public static readonly TimeSpan FastAccessLifetime = TimeSpan.FromSeconds(12);

    /// <summary>Writes the test units into <paramref name="unitFolder"/>; <paramref name="fastBaseUrl"/> is the short-lifetime simulator.</summary>
    public static void WriteTo(string unitFolder, Uri fastBaseUrl)
    {
        (string Unit, string[] Environment)[] units =
        [
            // The work loop stops; it may be silent 3 × 1 s + (2 s + 1 s) before the pings stop, then WatchdogSec=3 ends it.
            (Freeze, ["Tokens__FreezeWorkLoopForTests=true", "Tokens__CheckInterval=00:00:01", "Schwab__RequestTimeout=00:00:02", "Database__BusyTimeout=00:00:01"]),
            (Fast,
            [
                $"Schwab__Apps__MAIN_DATA__BaseUrl={fastBaseUrl}", $"\"Database__ConnectionString=Data Source={FastDatabase}\"",
                "Tokens__RefreshAhead=00:00:05", "Tokens__CheckInterval=00:00:01", "Tokens__RefreshJitter=00:00:00",
            ]),
            (NewerSchema, [$"\"Database__ConnectionString=Data Source={NewerSchemaDatabase}\""]),
            (EmptyDatabase, [$"\"Database__ConnectionString=Data Source={EmptyDatabaseFile}\""]),
            // A key file that is not there.
            (NoKey, ["Security__KeyFile=/var/lib/schwab/no-such-token.key"]),
        ];
        string template = File.ReadAllText(Repository.PathOf("systemd/schwab-tokens.service"));
        foreach ((string unit, string[] environment) in units)
        {
            string text = string.Join('\n', template.Split('\n').Select(line => line switch
            {
                _ when line.StartsWith("Description=", StringComparison.Ordinal) => $"Description=Schwab Pipeline token refresher, test copy ({unit})",
                _ when line.StartsWith("WatchdogSec=", StringComparison.Ordinal) => "WatchdogSec=3",
                _ when line.StartsWith("RestartSec=", StringComparison.Ordinal) => "RestartSec=1",
                _ when line.StartsWith("OnFailure=", StringComparison.Ordinal) => "",
                _ when line.StartsWith("User=", StringComparison.Ordinal) =>
                    line + "\n" + string.Join('\n', environment.Select(e => "Environment=" + e)),
                _ => line,
            }));
            File.WriteAllText(Path.Combine(unitFolder, unit), text);
        }
    }
}
