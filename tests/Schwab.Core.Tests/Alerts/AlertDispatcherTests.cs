using Schwab.Core.Alerts;
using Schwab.Testing.Data;
using Schwab.Testing.Smtp;

namespace Schwab.Core.Tests.Alerts;

public sealed class AlertDispatcherTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private SmtpTestServer _smtp = null!;
    private FakeTimeProvider _time = null!;
    private AlertHarness _harness = null!;

    private AlertDispatcher Dispatcher => _harness.Dispatcher;

    public async Task InitializeAsync()
    {
        (_database, _smtp, _time) = await AlertHarness.StartAsync();
        _harness = new AlertHarness(_database, _smtp.Port, _time);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task RaiseAsync_FirstOccurrence_SendsOneMailWithHostPrefix()
    {
        AlertOutcome outcome = await Dispatcher.RaiseAsync("stale:quotes", "quotes are stale", "No quote for 12 minutes.", CancellationToken.None);

        Assert.Equal(AlertOutcome.Sent, outcome);
        SmtpMessage message = Assert.Single(_smtp.Messages);
        Assert.Equal($"[schwab {AlertDispatcher.HostName}] quotes are stale", message.Subject);
        Assert.Contains("No quote for 12 minutes.", message.Body, StringComparison.Ordinal);
        Assert.Contains("Alert key: stale:quotes", message.Body, StringComparison.Ordinal);
        Assert.Equal("schwab@example.test", message.MailFrom);
        Assert.Equal(["ops@example.test"], message.Recipients);
    }

    [Fact]
    public async Task RaiseAsync_WithinThrottleWindow_RecordsButDoesNotSend()
    {
        await Dispatcher.RaiseAsync("db", "database unreachable", "first", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));

        AlertOutcome second = await Dispatcher.RaiseAsync("db", "database unreachable", "second", CancellationToken.None);

        Assert.Equal(AlertOutcome.Throttled, second);
        Assert.Single(_smtp.Messages);
        OpenAlert open = Assert.Single(await Dispatcher.OpenAsync("db", CancellationToken.None));
        Assert.Equal(2, open.OccurrenceCount);
        Assert.Equal(_time.GetUtcNow(), open.LastSeenAt);
    }

    [Fact]
    public async Task RaiseAsync_AfterThrottleWindow_SendsAgain()
    {
        await Dispatcher.RaiseAsync("db", "database unreachable", "first", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(30));
        await Dispatcher.RaiseAsync("db", "database unreachable", "throttled", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(30));

        AlertOutcome third = await Dispatcher.RaiseAsync("db", "database unreachable", "third", CancellationToken.None);

        Assert.Equal(AlertOutcome.Sent, third);
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Contains("third", _smtp.Messages[1].Body, StringComparison.Ordinal);
        Assert.Contains("Seen 3 time(s)", _smtp.Messages[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaiseAsync_DifferentKeys_AreThrottledSeparately()
    {
        Assert.Equal(AlertOutcome.Sent, await Dispatcher.RaiseAsync("a", "a", "a", CancellationToken.None));
        Assert.Equal(AlertOutcome.Sent, await Dispatcher.RaiseAsync("b", "b", "b", CancellationToken.None));

        Assert.Equal(2, _smtp.Messages.Count);
    }

    [Fact]
    public async Task ResolveAsync_OpenSentKey_SendsOneRecoveryThenNone()
    {
        await Dispatcher.RaiseAsync("unit-failed:x.service", "x failed", "body", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        bool first = await Dispatcher.ResolveAsync("unit-failed:x.service", "x is running again", "It recovered.", CancellationToken.None);
        bool second = await Dispatcher.ResolveAsync("unit-failed:x.service", "x is running again", "It recovered.", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Equal($"[schwab {AlertDispatcher.HostName}] RESOLVED: x is running again", _smtp.Messages[1].Subject);
        Assert.Contains("This alert has cleared.", _smtp.Messages[1].Body, StringComparison.Ordinal);
        Assert.Empty(await Dispatcher.OpenAsync("", CancellationToken.None));
    }

    [Fact]
    public async Task ResolveAsync_UnknownKey_ReturnsFalseAndSendsNothing()
    {
        Assert.False(await Dispatcher.ResolveAsync("never-raised", "s", "b", CancellationToken.None));

        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task ResolveAsync_IncidentThatWasOnlyThrottled_ResolvesWithoutRecoveryMail()
    {
        // Fails, recovers (one recovery), fails again within the window: that second incident is never mailed...
        await Dispatcher.RaiseAsync("k", "s", "b", CancellationToken.None);
        await Dispatcher.ResolveAsync("k", "ok", "b", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(AlertOutcome.Throttled, await Dispatcher.RaiseAsync("k", "s", "b", CancellationToken.None));

        // ...so its end is not mailed either.
        Assert.True(await Dispatcher.ResolveAsync("k", "ok", "b", CancellationToken.None));

        Assert.Equal(2, _smtp.Messages.Count);
    }

    [Fact]
    public async Task RaiseAsync_ResolvedKeyRaisedAgain_ReopensAsNewIncident()
    {
        await Dispatcher.RaiseAsync("k", "s", "b", CancellationToken.None);
        await Dispatcher.ResolveAsync("k", "ok", "b", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));

        AlertOutcome again = await Dispatcher.RaiseAsync("k", "s", "b", CancellationToken.None);

        Assert.Equal(AlertOutcome.Sent, again);
        OpenAlert open = Assert.Single(await Dispatcher.OpenAsync("k", CancellationToken.None));
        Assert.Equal(_time.GetUtcNow(), open.FirstSeenAt);
        Assert.True(open.NotifiedThisIncident);
    }

    [Fact]
    public async Task OpenAsync_Prefix_ReturnsOnlyMatchingOpenKeys()
    {
        await Dispatcher.RaiseAsync("stale:quotes", "s", "b", CancellationToken.None);
        await Dispatcher.RaiseAsync("stale:chains", "s", "b", CancellationToken.None);
        await Dispatcher.RaiseAsync("unit-failed:x", "s", "b", CancellationToken.None);
        await Dispatcher.ResolveAsync("stale:chains", "ok", "b", CancellationToken.None);

        IReadOnlyList<OpenAlert> open = await Dispatcher.OpenAsync("stale:", CancellationToken.None);

        Assert.Equal(["stale:quotes"], open.Select(a => a.Key));
    }

    [Fact]
    public async Task RaiseAsync_SecretsInSubjectAndBody_AreRedactedInMailAndTable()
    {
        string body = $"GET /accounts?code=C0.abcdefghij%40 Authorization: Bearer I0.tok3nvalue@ client_secret={AlertHarness.ClientSecret} account 12345678";

        await Dispatcher.RaiseAsync("leak", "refresh_token=rt-secret-value for 87654321", body, CancellationToken.None);

        SmtpMessage message = Assert.Single(_smtp.Messages);
        foreach (string secret in new[] { "C0.abcdefghij", "I0.tok3nvalue", AlertHarness.ClientSecret, "12345678", "rt-secret-value", "87654321" })
        {
            Assert.DoesNotContain(secret, message.Data, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, message.Body, StringComparison.Ordinal);
        }

        Assert.Contains("***678", message.Body, StringComparison.Ordinal);
        OpenAlert stored = Assert.Single(await Dispatcher.OpenAsync("leak", CancellationToken.None));
        Assert.DoesNotContain("rt-secret-value", stored.Subject, StringComparison.Ordinal);
    }
}
