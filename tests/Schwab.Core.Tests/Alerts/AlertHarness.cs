using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Schwab.Core.Alerts;
using Schwab.Testing.Data;
using Schwab.Testing.Smtp;

namespace Schwab.Core.Tests.Alerts;

/// <summary>
/// A dispatcher as a process builds it (<c>AddSchwabAlerts</c> over settings), on a real SQLite file and the test SMTP
/// server. Two harnesses over one database are two processes: separate providers, separate connections.
/// </summary>
internal sealed class AlertHarness : IAsyncDisposable
{
    public const string ClientSecret = "sim-client-secret-3f9a1c";

    private readonly ServiceProvider _provider;

    public AlertHarness(SqliteTestDatabase database, int smtpPort, FakeTimeProvider time, bool enabled = true, TimeSpan? window = null)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = database.Options.ConnectionString,
                ["Database:BusyTimeout"] = "00:00:30",
                ["Schwab:Apps:MAIN_DATA:ClientId"] = "client",
                ["Schwab:Apps:MAIN_DATA:ClientSecret"] = ClientSecret,
                ["Alerts:Enabled"] = enabled ? "true" : "false",
                ["Alerts:SmtpHost"] = "127.0.0.1",
                ["Alerts:SmtpPort"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Alerts:Security"] = "None",
                ["Alerts:From"] = "schwab@example.test",
                ["Alerts:To:0"] = "ops@example.test",
                ["Alerts:ThrottleWindow"] = (window ?? TimeSpan.FromHours(1)).ToString(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddFakeLogging();
        services.AddSchwabAlerts();
        _provider = services.BuildServiceProvider();
    }

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public AlertDispatcher Dispatcher => _provider.GetRequiredService<AlertDispatcher>();

    public AlertStore Store => _provider.GetRequiredService<AlertStore>();

    public static async Task<(SqliteTestDatabase Database, SmtpTestServer Smtp, FakeTimeProvider Time)> StartAsync()
    {
        SqliteTestDatabase database = await SqliteTestDatabase.CreateAsync();
        return (database, SmtpTestServer.Start(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero)));
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
