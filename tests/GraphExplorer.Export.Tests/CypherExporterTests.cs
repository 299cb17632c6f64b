using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;
using GraphExplorer.Export.Import;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class CypherExporterTests
{
    [Fact]
    public async Task Reading_the_script_back_gives_the_same_graph()
    {
        var script = await Exporting.TextAsync("cypher", Exporting.Sample());

        GraphAssert.Equivalent(SampleGraphs.Sample, CypherScriptImport.Read(script));
    }

    [Fact]
    public async Task The_script_only_creates_constraints_if_missing_and_merges()
    {
        var statements = (await Exporting.TextAsync("cypher", Exporting.Sample()))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToList();

        Assert.All(statements, s => Assert.EndsWith(";", s, StringComparison.Ordinal));
        Assert.All(statements.Where(s => s.StartsWith("CREATE", StringComparison.Ordinal)), s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.All(statements.Where(s => !s.StartsWith("CREATE", StringComparison.Ordinal)), s => Assert.Contains("MERGE (", s, StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("DELETE", StringComparison.Ordinal) && !s.Contains("\\\"]; DETACH DELETE", StringComparison.Ordinal));
        Assert.Equal(2 + SampleGraphs.Sample.Nodes.Count + SampleGraphs.Sample.Articles.Count + SampleGraphs.Sample.Relationships.Count, statements.Count);
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("back\\slash", @"'back\\slash'")]
    [InlineData("say \"hi\"", "'say \\\"hi\\\"'")]
    [InlineData("two\nlines\r\n", @"'two\nlines\r\n'")]
    [InlineData("bidi\u202Eoverride", @"'bidi\u202Eoverride'")]
    [InlineData("line\u2028separator", @"'line\u2028separator'")]
    [InlineData("nul\0", @"'nul\u0000'")]
    [InlineData("مسعود بارزاني", "'مسعود بارزاني'")]
    [InlineData("emoji 😀", "'emoji 😀'")]
    public void Escapes_string_literals(string value, string literal)
    {
        Assert.Equal(literal, CypherText.String(value));
        Assert.Equal(value, CypherScriptImport.Read($"MERGE (a:Article {{id: {literal}}}) SET a += {{title: {literal}}};").Articles.Single().Title);
    }

    [Fact]
    public void Quotes_labels_and_types_and_writes_floats_as_floats()
    {
        Assert.Equal("`Per``son`", CypherText.Name("Per`son"));
        Assert.Equal("1.0", CypherText.Float(1, "x"));
        Assert.Equal("0.75", CypherText.Float(0.75, "x"));
        Assert.Contains("confidence of", Assert.Throws<ExportException>(() => CypherText.Float(double.NaN, "The confidence of 'k'")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n) DETACH DELETE n;")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:`Person`, n += {name: 'X', aliases: []}")]
    [InlineData("MERGE (n:Entity {id: 'x\\q'}) SET n:`Person`, n += {name: 'X', aliases: []};")]
    [InlineData("MERGE (n:Entity {id: 'x'}) SET n:`Person`, n += {name: 'X', aliases: [1]};")]
    public void Refuses_any_other_cypher(string script)
    {
        var error = Assert.Throws<FormatException>(() => CypherScriptImport.Read(script));

        Assert.StartsWith("Not a GraphExplorer cypher export", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_whose_key_disagrees_with_its_endpoints_is_refused()
    {
        const string script = "MATCH (s:Entity {id: 'a'}) MATCH (t:Entity {id: 'b'}) MERGE (s)-[r:`SIGNED` {key: 'SIGNED|b|a'}]->(t) "
            + "SET r += {date: null, placeId: null, title: null, allegation: null, confidence: 1.0, evidenceArticles: [], evidenceSentences: [], evidenceStarts: [], evidenceEnds: []};";

        Assert.Contains("does not match", Assert.Throws<FormatException>(() => CypherScriptImport.Read(script)).Message, StringComparison.Ordinal);
        Assert.Single(CypherScriptImport.Read(script.Replace("SIGNED|b|a", "SIGNED|a|b", StringComparison.Ordinal)).Relationships);
    }

    [Fact]
    public async Task An_entity_without_aliases_round_trips()
    {
        var graph = new Subgraph([new Entity("place:erbil", NodeLabels.Place, "Erbil", [])], [], []);

        GraphAssert.Equivalent(graph, CypherScriptImport.Read(await Exporting.TextAsync("cypher", ExportDocument.ForGraph(graph))));
    }
}
