using Microsoft.Extensions.Options;

namespace Schwab.Core.Data;

/// <summary>
/// Puts the configured SQL Server database names into SQL text: <c>$(OPT)</c> becomes <c>[OPT]</c> (or the
/// bracket-quoted <see cref="DatabaseOptions.OptDatabase"/>), <c>$(CHAINS)</c> the quoted <see cref="DatabaseOptions.ChainsDatabase"/>.
/// </summary>
/// <remarks>
/// The only string-built SQL in the pipeline: both names are validated as <c>[A-Za-z0-9_]+</c> before they are
/// quoted, and the placeholders use the sqlcmd variable form so scripts also run under <c>sqlcmd -v OPT=[OPT]</c>.
/// </remarks>
internal sealed class SqlServerNames
{
    /// <summary>The placeholder for the OPT database in SQL Server text.</summary>
    public const string OptPlaceholder = "$(OPT)";

    /// <summary>The placeholder for the CHAINS database in SQL Server text.</summary>
    public const string ChainsPlaceholder = "$(CHAINS)";

    public SqlServerNames(string optDatabase, string chainsDatabase)
    {
        OptDatabase = optDatabase;
        ChainsDatabase = chainsDatabase;
        QuotedOpt = SqlIdentifier.Quote(optDatabase);
        QuotedChains = SqlIdentifier.Quote(chainsDatabase);
    }

    public SqlServerNames(IOptions<DatabaseOptions> options)
        : this(options.Value.OptDatabase, options.Value.ChainsDatabase)
    {
    }

    /// <summary>The OPT database name, unquoted.</summary>
    public string OptDatabase { get; }

    /// <summary>The CHAINS database name, unquoted.</summary>
    public string ChainsDatabase { get; }

    /// <summary>The OPT database name in brackets.</summary>
    public string QuotedOpt { get; }

    /// <summary>The CHAINS database name in brackets.</summary>
    public string QuotedChains { get; }

    /// <summary>Returns <paramref name="sql"/> with both placeholders replaced.</summary>
    public string Resolve(string sql) =>
        sql.Replace(OptPlaceholder, QuotedOpt, StringComparison.Ordinal)
            .Replace(ChainsPlaceholder, QuotedChains, StringComparison.Ordinal);
}
