using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Schwab.Core.Data;

/// <summary>
/// Checks <see cref="DatabaseOptions"/> values and reports every failure at once, each message starting with
/// its full configuration key (<c>Database:ConnectionString: is required …</c>).
/// </summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    private static readonly TimeSpan s_maxTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        const string Prefix = DatabaseOptions.SectionName + ":";

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{Prefix}{nameof(options.Provider)}: '{(int)options.Provider}' is not one of Sqlite, SqlServer");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Prefix}{nameof(options.ConnectionString)}: is required (e.g. \"Data Source=/var/lib/schwab/schwab.db\" for SQLite; a SQL Server one belongs in schwab.env as Database__ConnectionString)");
        }
        else if (CheckConnectionString(options) is { } problem)
        {
            failures.Add($"{Prefix}{nameof(options.ConnectionString)}: {problem}");
        }

        CheckIdentifier(failures, $"{Prefix}{nameof(options.OptDatabase)}", options.OptDatabase);
        CheckIdentifier(failures, $"{Prefix}{nameof(options.ChainsDatabase)}", options.ChainsDatabase);
        CheckTimeout(failures, $"{Prefix}{nameof(options.CommandTimeout)}", options.CommandTimeout);
        CheckTimeout(failures, $"{Prefix}{nameof(options.BusyTimeout)}", options.BusyTimeout);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckIdentifier(List<string> failures, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            failures.Add($"{key}: must not be empty");
        }
        else if (!SqlIdentifier.IsValid(value))
        {
            failures.Add($"{key}: '{value}' may contain only A-Z, a-z, 0-9 and _");
        }
    }

    private static void CheckTimeout(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key}: must be positive");
        }
        else if (value > s_maxTimeout)
        {
            failures.Add($"{key}: must be at most 1.00:00:00 (one day)");
        }
    }

    // The builder's messages name the offending keyword or position, never a value, so they are safe to show.
    private static string? CheckConnectionString(DatabaseOptions options)
    {
        try
        {
            if (options.Provider == DatabaseProvider.SqlServer)
            {
                _ = new SqlConnectionStringBuilder(options.ConnectionString);
                return null;
            }

            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                return "names no SQLite file (set 'Data Source=<path>')";
            }

            if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:")
            {
                return "an in-memory SQLite database is lost between connections; name a file";
            }

            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return $"is not a valid {options.Provider} connection string ({ex.Message.TrimEnd('.')})";
        }
    }
}
