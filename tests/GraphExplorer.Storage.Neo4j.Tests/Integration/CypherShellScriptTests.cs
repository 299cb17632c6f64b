using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>The statement splitter the script round trip relies on; these run without a server.</summary>
public sealed class CypherShellScriptTests
{
    [Fact]
    public void Semicolons_inside_literals_names_and_comments_do_not_end_a_statement()
    {
        const string script = "RETURN 'a; b' AS x;\n"
            + "RETURN \"c; \\\"d;\" AS `e;``f`;\n"
            + "// g; h\n"
            + "RETURN 'it\\'s; // not a comment' /* i; j */ AS k;  \n";

        var statements = CypherShellScript.Statements(script);

        Assert.Equal(["RETURN 'a; b' AS x", "RETURN \"c; \\\"d;\" AS `e;``f`", "RETURN 'it\\'s; // not a comment'   AS k"], statements);
    }

    [Fact]
    public void Statements_may_span_lines_and_blank_statements_are_skipped()
    {
        Assert.Equal(["MATCH (n)\nRETURN n", "RETURN 2"], CypherShellScript.Statements("MATCH (n)\nRETURN n;\n;\nRETURN 2;"));
    }

    [Theory]
    [InlineData("RETURN 'open;")]
    [InlineData("RETURN `open;")]
    [InlineData("RETURN 1 /* open;")]
    [InlineData("RETURN 1; RETURN 2")]
    public void An_unterminated_literal_comment_or_statement_is_refused(string script)
    {
        Assert.Throws<FormatException>(() => CypherShellScript.Statements(script));
    }

    [Fact]
    public async Task The_cypher_export_of_hostile_names_splits_into_one_statement_per_line()
    {
        var graph = HostileArticle.Build();
        var subgraph = new Subgraph(
            graph.Entities,
            graph.Relationships,
            [new ArticleInfo(graph.Article.Id, graph.Article.Title, graph.Article.Published, graph.Article.Publisher, graph.Article.Author, graph.Article.Source)]);
        using var output = new MemoryStream();
        await ExportFormats.Get("cypher").WriteAsync(ExportDocument.ForGraph(subgraph), output, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n').Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();

        var statements = CypherShellScript.Statements(Encoding.UTF8.GetString(output.ToArray()));

        Assert.Equal(2 + 3 + 1 + 2, statements.Count);
        Assert.Equal(lines.Select(l => l[..^1]), statements);
        Assert.Contains(statements, s => s.Contains("DETACH DELETE n; //", StringComparison.Ordinal));
    }
}
