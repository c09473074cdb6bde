using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Schwab.Core.Tests.Data.SqlServer;

/// <summary>Parses SQL Server text with Microsoft's T-SQL parser.</summary>
internal static class TSql
{
    /// <summary>The parsers every statement must satisfy: SQL Server 2022, 2025 and the package's newest.</summary>
    public static readonly TheoryData<string> ParserNames = new() { nameof(TSql160Parser), nameof(TSql170Parser), nameof(TSql180Parser) };

    public static TSqlParser Parser(string name = nameof(TSql170Parser)) => name switch
    {
        nameof(TSql160Parser) => new TSql160Parser(initialQuotedIdentifiers: true),
        nameof(TSql170Parser) => new TSql170Parser(initialQuotedIdentifiers: true),
        nameof(TSql180Parser) => new TSql180Parser(initialQuotedIdentifiers: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown parser"),
    };

    /// <summary>Parses <paramref name="sql"/>; returns the tree and the errors as readable lines.</summary>
    public static (TSqlFragment Tree, List<string> Errors) Parse(string sql, string parser = nameof(TSql170Parser))
    {
        TSqlFragment tree = Parser(parser).Parse(new StringReader(sql), out IList<ParseError> errors);
        return (tree, [.. errors.Select(e => $"line {e.Line} col {e.Column}: {e.Message}")]);
    }

    /// <summary>Parses and fails the test with every error when there is any.</summary>
    public static TSqlFragment ParseOrFail(string sql, string what, string parser = nameof(TSql170Parser))
    {
        (TSqlFragment tree, List<string> errors) = Parse(sql, parser);
        Assert.True(errors.Count == 0, $"{what} does not parse under {parser}:\n{string.Join('\n', errors)}\n---\n{sql}");
        return tree;
    }
}
