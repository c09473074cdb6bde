using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schwab.Core.Data;
using Schwab.Core.Data.Migrations;
using Schwab.Core.Data.Tokens;
using Schwab.Core.Security;

namespace Schwab.Core.Tests.Data;

public sealed class DataServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSchwabData();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddSchwabData_SqliteFile_ResolvesSqliteStack()
    {
        using ServiceProvider provider = Build(new() { ["Database:ConnectionString"] = "Data Source=/tmp/never-opened.db" });

        Assert.IsType<SqliteConnectionFactory>(provider.GetRequiredService<IDbConnectionFactory>());
        Assert.NotNull(provider.GetRequiredService<Migrator>());
        Assert.NotNull(provider.GetRequiredService<TokenStore>());
        Assert.NotNull(provider.GetRequiredService<HashStore>());
        Assert.NotNull(provider.GetRequiredService<TokenProtector>());
    }

    [Fact]
    public void AddSchwabData_NoConnectionString_RefusesInsteadOfFallingBackToASqliteFile()
    {
        using ServiceProvider provider = Build([]);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IDbConnectionFactory>());

        Assert.Contains(ex.Failures, f => f.StartsWith("Database:ConnectionString: is required", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSchwabData_SqlServerProvider_ResolvesSqlServerFactoryAndNames()
    {
        using ServiceProvider provider = Build(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=127.0.0.1;Database=OPT;Integrated Security=false",
            ["Database:OptDatabase"] = "OPT_TEST",
            ["Security:KeyFile"] = "/nonexistent/token.key",
        });

        Assert.IsType<SqlServerConnectionFactory>(provider.GetRequiredService<IDbConnectionFactory>());
        Assert.Equal("[OPT_TEST].SCHWAB.API", provider.GetRequiredService<SqlServerNames>().Resolve("$(OPT).SCHWAB.API"));
        Assert.Equal("/nonexistent/token.key", provider.GetRequiredService<IOptions<TokenKeyOptions>>().Value.KeyFile);
    }

    [Fact]
    public void AddSchwabData_BadValues_ValidationListsEveryKey()
    {
        using ServiceProvider provider = Build(new()
        {
            ["Database:ConnectionString"] = "Data Source=/tmp/never-opened.db",
            ["Database:OptDatabase"] = "bad name",
            ["Database:CommandTimeout"] = "-00:00:01",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Equal(
            ["Database:OptDatabase: 'bad name' may contain only A-Z, a-z, 0-9 and _", "Database:CommandTimeout: must be positive"],
            ex.Failures);
    }

    [Fact]
    public void AddSchwabData_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

        services.AddSchwabData();
        services.AddSchwabData();

        Assert.Single(services, d => d.ServiceType == typeof(IDbConnectionFactory));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<DatabaseOptions>));
    }
}
