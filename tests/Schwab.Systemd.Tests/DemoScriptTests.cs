using Microsoft.Data.Sqlite;
using Schwab.Testing;
using Schwab.Testing.Systemd;

namespace Schwab.Systemd.Tests;

/// <summary>The README's first command, <c>scripts/demo.sh --duration N --data DIR</c>, run as a newcomer would (no root, no systemd needed).</summary>
public sealed class DemoScriptTests
{
    [Fact]
    public async Task Demo_WithDuration_ExitsZeroLeavingAFilledSqliteFile()
    {
        using var dir = new TempDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        // Every daemon under artifacts/ starts at once; on a busy 2-core machine a few .NET start-ups need more than 3 s
        // before their start-up checks pass, and a SIGTERM before then leaves no heartbeat row.
        CommandResult result = await ProcessRunner.RunAsync(
            "bash",
            [Repository.PathOf("scripts/demo.sh"), "--duration", "10", "--data", dir.Path, "--no-build", "--configuration", Repository.Configuration],
            timeout.Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("MAIN_DATA: access token", result.Stdout, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={dir.File("schwab.db")};Pooling=False");
        connection.Open();
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM SCHWAB_API WHERE api_name = 'MAIN_DATA'"));
        Assert.Equal(2L, Scalar(connection, "SELECT COUNT(*) FROM SCHWAB_HASH"));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM SCHWAB_SERVICE_STATUS WHERE service = 'schwab-tokens'"));
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
