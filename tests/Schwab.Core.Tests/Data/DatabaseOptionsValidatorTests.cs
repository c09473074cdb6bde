using Schwab.Core.Data;

namespace Schwab.Core.Tests.Data;

public sealed class DatabaseOptionsValidatorTests
{
    private static IEnumerable<string> Failures(DatabaseOptions options) =>
        new DatabaseOptionsValidator().Validate(null, options).Failures ?? [];

    private const string SqliteFile = "Data Source=/var/lib/schwab/schwab.db";

    [Fact]
    public void Validate_DefaultsWithAConnectionString_Succeeds()
    {
        Assert.True(new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { ConnectionString = SqliteFile }).Succeeded);
        Assert.True(new DatabaseOptionsValidator().Validate(null, new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=db.example;Database=OPT;User ID=schwab;Password=x;Encrypt=True",
        }).Succeeded);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryFailureWithItsKey()
    {
        var options = new DatabaseOptions
        {
            ConnectionString = " ",
            OptDatabase = "x-y",
            ChainsDatabase = "",
            CommandTimeout = TimeSpan.Zero,
            BusyTimeout = TimeSpan.FromDays(2),
        };

        Assert.Equal(
            [
                "Database:ConnectionString: is required (e.g. \"Data Source=/var/lib/schwab/schwab.db\" for SQLite; a SQL Server one belongs in schwab.env as Database__ConnectionString)",
                "Database:OptDatabase: 'x-y' may contain only A-Z, a-z, 0-9 and _",
                "Database:ChainsDatabase: must not be empty",
                "Database:CommandTimeout: must be positive",
                "Database:BusyTimeout: must be at most 1.00:00:00 (one day)",
            ],
            Failures(options));
    }

    [Theory]
    [InlineData("OPT]; DROP DATABASE x; --")]
    [InlineData("OPT.dbo")]
    [InlineData("Ω")]
    public void Validate_DatabaseNameWithOtherCharacters_IsRefused(string name)
    {
        Assert.Equal([$"Database:OptDatabase: '{name}' may contain only A-Z, a-z, 0-9 and _"], Failures(new DatabaseOptions { OptDatabase = name, ConnectionString = SqliteFile }));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:", "Database:ConnectionString: an in-memory SQLite database is lost between connections; name a file")]
    [InlineData(DatabaseProvider.Sqlite, "Mode=Memory;Data Source=x", "Database:ConnectionString: an in-memory SQLite database is lost between connections; name a file")]
    [InlineData(DatabaseProvider.Sqlite, "Cache=Shared", "Database:ConnectionString: names no SQLite file (set 'Data Source=<path>')")]
    [InlineData(DatabaseProvider.Sqlite, "Flavour=vanilla", "Database:ConnectionString: is not a valid Sqlite connection string (")]
    [InlineData(DatabaseProvider.SqlServer, "Server=x;Colour=blue", "Database:ConnectionString: is not a valid SqlServer connection string (")]
    public void Validate_BadConnectionString_SaysWhy(DatabaseProvider provider, string connectionString, string expected)
    {
        string failure = Assert.Single(Failures(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }));

        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionStringWithPassword_NeverEchoesIt()
    {
        string failure = Assert.Single(Failures(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=x;Password=hunter2-secret;Bogus Key=1",
        }));

        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedProvider_IsRefused()
    {
        Assert.Equal(["Database:Provider: '7' is not one of Sqlite, SqlServer"], Failures(new DatabaseOptions { Provider = (DatabaseProvider)7, ConnectionString = SqliteFile }));
    }
}
