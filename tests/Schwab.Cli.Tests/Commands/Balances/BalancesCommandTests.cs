using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Schwab.Cli.Tests.Commands.Balances;

public sealed class BalancesCommandTests
{
    // --code: no pending-state file, which the auth tests running in parallel share per user and app.
    private static async Task LoginAsync(SimulatorSession session)
    {
        var done = await CliRunner.RunAsync("auth", "--api", "MAIN_DATA", "--code", session.Simulator.IssueAuthorizationCode(), "--config", session.Config);
        Assert.True(done.ExitCode == ExitCodes.Success, done.Output + done.Error);
    }

    private static List<string> Column(SimulatorSession session, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={session.Dir.File("pipeline.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    [Fact]
    public async Task Balances_OnceJson_StoresOneSnapshotKeyedByHashAndPrintsIt()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        await LoginAsync(session);

        var (exitCode, output, error) = await CliRunner.RunAsync("balances", "--once", "--json", "--config", session.Config);

        Assert.True(exitCode == ExitCodes.Success, error);
        using JsonDocument json = JsonDocument.Parse(Assert.Single(CliRunner.Lines(output)));
        string[] hashes = [.. session.Simulator.Account.Accounts.Select(a => a.HashValue).Order(StringComparer.Ordinal)];
        Assert.Equal(hashes, json.RootElement.GetProperty("accounts").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(hashes.Length, json.RootElement.GetProperty("balancesStored").GetInt32());
        int positions = json.RootElement.GetProperty("positionsStored").GetInt32();
        Assert.True(positions > 0);
        Assert.Single(Column(session, "SELECT DISTINCT collected_at FROM SCHWAB_BALANCES"));
        Assert.Equal(hashes, Column(session, "SELECT account_hash FROM SCHWAB_BALANCES ORDER BY 1"));
        Assert.Equal(positions.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Column(session, "SELECT count(*) FROM SCHWAB_POSITIONS")));
        Assert.DoesNotContain(session.Simulator.Account.Accounts, a => output.Contains(a.AccountNumber, StringComparison.Ordinal) || error.Contains(a.AccountNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Balances_OnceText_PrintsCountsAndOneLinePerAccountHash()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();
        await LoginAsync(session);

        var (exitCode, output, error) = await CliRunner.RunAsync("balances", "--once", "--config", session.Config);

        Assert.True(exitCode == ExitCodes.Success, error);
        string[] lines = CliRunner.Lines(output);
        int accounts = session.Simulator.Account.Accounts.Count;
        Assert.Matches($@"^stored balances snapshot \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ: {accounts} accounts, {accounts} balance rows, [1-9]\d* position rows$", lines[0]);
        Assert.Equal(session.Simulator.Account.Accounts.Select(a => $"account {a.HashValue}").Order(StringComparer.Ordinal), lines.Skip(1));
    }

    [Fact]
    public async Task Balances_WithoutOnce_ExitsWithUsageCodeAndStoresNothing()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();

        var (exitCode, output, error) = await CliRunner.RunAsync("balances", "--config", session.Config);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Empty(output);
        Assert.Contains("--once", error, StringComparison.Ordinal);
        Assert.Empty(Column(session, "SELECT account_hash FROM SCHWAB_BALANCES"));
    }

    [Fact]
    public async Task Balances_OnceWithoutTokens_ExitsOneWithAOneLineError()
    {
        await using SimulatorSession session = await SimulatorSession.StartAsync();

        var (exitCode, _, error) = await CliRunner.RunAsync("balances", "--once", "--config", session.Config);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Single(CliRunner.Lines(error));
        Assert.StartsWith("schwabctl: ", error, StringComparison.Ordinal);
        Assert.Empty(Column(session, "SELECT account_hash FROM SCHWAB_BALANCES"));
    }
}
