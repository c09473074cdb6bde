using Microsoft.Data.Sqlite;
using Schwab.Core.Alerts;
using Schwab.Testing.Data;
using Schwab.Testing.Smtp;

namespace Schwab.Core.Tests.Alerts;

public sealed class AlertDispatcherFailureTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private SmtpTestServer _smtp = null!;
    private FakeTimeProvider _time = null!;

    public async Task InitializeAsync() => (_database, _smtp, _time) = await AlertHarness.StartAsync();

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task RaiseAsync_ServerRefusesMail_FailsLogsOneLineAndRetriesNextTime()
    {
        await using var harness = new AlertHarness(_database, _smtp.Port, _time);
        _smtp.RejectMail = true;

        AlertOutcome failed = await harness.Dispatcher.RaiseAsync("db", "database unreachable", "b", CancellationToken.None);

        Assert.Equal(AlertOutcome.Failed, failed);
        var warning = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 2902);
        Assert.DoesNotContain('\n', warning.Message);
        Assert.Contains($"127.0.0.1:{_smtp.Port}", warning.Message, StringComparison.Ordinal);
        Assert.Null((await harness.Store.GetAsync("db", CancellationToken.None))!.LastSentAt);

        _smtp.RejectMail = false;
        AlertOutcome retried = await harness.Dispatcher.RaiseAsync("db", "database unreachable", "b", CancellationToken.None);

        Assert.Equal(AlertOutcome.Sent, retried);
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task RaiseAsync_NothingListening_FailsWithoutThrowing()
    {
        SmtpTestServer stopped = SmtpTestServer.Start();
        int port = stopped.Port;
        await stopped.DisposeAsync();
        await using var harness = new AlertHarness(_database, port, _time);

        AlertOutcome outcome = await harness.Dispatcher.RaiseAsync("k", "s", "b", CancellationToken.None);

        Assert.Equal(AlertOutcome.Failed, outcome);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2902);
    }

    [Fact]
    public async Task RaiseAsync_Disabled_SendsAndRecordsNothing()
    {
        await using var harness = new AlertHarness(_database, _smtp.Port, _time, enabled: false);

        AlertOutcome outcome = await harness.Dispatcher.RaiseAsync("k", "s", "b", CancellationToken.None);

        Assert.Equal(AlertOutcome.Disabled, outcome);
        Assert.False(harness.Dispatcher.IsEnabled);
        Assert.Empty(_smtp.Messages);
        Assert.Null(await harness.Store.GetAsync("k", CancellationToken.None));
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task SendTestAsync_Disabled_ThrowsSayingAlertsAreDisabled()
    {
        await using var harness = new AlertHarness(_database, _smtp.Port, _time, enabled: false);

        var ex = await Assert.ThrowsAsync<AlertDeliveryException>(() => harness.Dispatcher.SendTestAsync(CancellationToken.None));

        Assert.StartsWith("alerts are disabled", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendTestAsync_Enabled_DeliversATestMessage()
    {
        await using var harness = new AlertHarness(_database, _smtp.Port, _time);

        await harness.Dispatcher.SendTestAsync(CancellationToken.None);

        Assert.Contains("test message", Assert.Single(_smtp.Messages).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaiseAsync_TwoProcessesRacingOneKey_SendExactlyOneMail()
    {
        await using var first = new AlertHarness(_database, _smtp.Port, _time);
        await using var second = new AlertHarness(_database, _smtp.Port, _time);

        AlertOutcome[] outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).Dispatcher.RaiseAsync("unit-failed:x.service", "x failed", "b", CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o == AlertOutcome.Sent));
        Assert.Equal(7, outcomes.Count(o => o == AlertOutcome.Throttled));
        Assert.Single(_smtp.Messages);
        Assert.Equal(8, (await first.Store.GetAsync("unit-failed:x.service", CancellationToken.None))!.OccurrenceCount);
    }

    [Fact]
    public async Task RaiseAsync_AlertTableMissing_SendsUnthrottledAndSaysSo()
    {
        await using var harness = new AlertHarness(_database, _smtp.Port, _time);
        await DropAlertTableAsync();

        AlertOutcome outcome = await harness.Dispatcher.RaiseAsync("db", "database unreachable", "b", CancellationToken.None);

        Assert.Equal(AlertOutcome.Sent, outcome);
        Assert.Contains("not throttled", Assert.Single(_smtp.Messages).Body, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2905);
    }

    [Fact]
    public async Task ResolveAsync_AlertTableMissing_ReturnsFalseWithoutThrowing()
    {
        await using var harness = new AlertHarness(_database, _smtp.Port, _time);
        await harness.Dispatcher.RaiseAsync("db", "database unreachable", "b", CancellationToken.None);
        await DropAlertTableAsync();

        bool resolved = await harness.Dispatcher.ResolveAsync("db", "database reachable", "b", CancellationToken.None);

        Assert.False(resolved);
        Assert.Single(_smtp.Messages);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2907);
    }

    private async Task DropAlertTableAsync()
    {
        await using var connection = new SqliteConnection(_database.Options.ConnectionString);
        await connection.OpenAsync();
        await using SqliteCommand drop = connection.CreateCommand();
        drop.CommandText = "DROP TABLE SCHWAB_ALERTS";
        await drop.ExecuteNonQueryAsync();
    }
}
