using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests;

public sealed class QueryCatalogTests
{
    private const string Sample = """
        // name: sample
        // description: A sample query.
        // param: who entity — the entity
        // param: depth int = 2 [1..3] — how far
        // param: since date? — earliest date
        // param: types edgeTypes? — restrict edge types
        // param: floor float = 0.5 [0..1] — minimum confidence
        // returns: rows of names
        // graph: n, r
        MATCH (n)-[r]-() RETURN n.name AS name, n, r
        """;

    private static QueryDefinition Parse() => QueryCatalog.Parse(Sample, "sample.cypher")!;

    [Fact]
    public void Reads_name_description_returns_and_typed_parameters_from_the_header()
    {
        var query = Parse();

        Assert.Equal(("sample", "A sample query.", "rows of names"), (query.Name, query.Description, query.Returns));
        Assert.Equal(["who", "depth", "since", "types", "floor"], query.Parameters.Select(p => p.Name));
        var depth = query.Parameters[1];
        Assert.Equal((ParameterKind.Int, false, 2L, 1.0, 3.0), (depth.Kind, depth.Required, depth.Default, depth.Min, depth.Max));
        Assert.True(query.Parameters[0].Required);
        Assert.False(query.Parameters[2].Required);
        Assert.Equal(["n", "r"], query.GraphColumns);
    }

    [Fact]
    public void Every_curated_query_declares_its_graph_columns()
    {
        Assert.All(QueryCatalog.Default.All, query => Assert.NotEmpty(query.GraphColumns));
    }

    [Fact]
    public void A_file_without_a_name_line_is_not_a_query()
    {
        Assert.Null(QueryCatalog.Parse("// schema\nCREATE INDEX x IF NOT EXISTS FOR (n:Entity) ON (n.name)", "schema.cypher"));
    }

    [Fact]
    public void A_malformed_parameter_line_names_the_file()
    {
        var error = Assert.Throws<FormatException>(() => QueryCatalog.Parse("// name: x\n// description: d\n// returns: r\n// param: depth integer — how far\nRETURN 1", "x.cypher"));
        Assert.Contains("x.cypher", error.Message, StringComparison.Ordinal);
        Assert.Contains("integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binding_fills_defaults_and_types_values()
    {
        var arguments = Parse().Bind(new Dictionary<string, string?> { ["who"] = " Jane Roe ", ["since"] = "2024-03-01", ["types"] = "met_with, SIGNED" });

        Assert.Equal("Jane Roe", arguments.GetString("who"));
        Assert.Equal(2L, arguments.GetInt("depth"));
        Assert.Equal(new DateOnly(2024, 3, 1), arguments.GetDate("since"));
        Assert.Equal(["MET_WITH", "SIGNED"], arguments.GetList("types")!);
        Assert.Equal(0.5, arguments.GetFloat("floor"));
    }

    [Theory]
    [InlineData("depth", "9", "between 1 and 3")]
    [InlineData("depth", "two", "whole number")]
    [InlineData("since", "last March", "yyyy-MM-dd")]
    [InlineData("types", "MET_WITH,LOVES", "not an edge type")]
    [InlineData("floor", "NaN", "must be a number")]
    [InlineData("who", "   ", "must not be empty")]
    [InlineData("nope", "1", "is not a parameter")]
    public void Bad_values_are_refused_naming_the_parameter_and_the_reason(string parameter, string value, string reason)
    {
        var raw = new Dictionary<string, string?> { ["who"] = "Jane Roe", [parameter] = value };

        var error = Assert.Throws<QueryParameterException>(() => Parse().Bind(raw));

        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_strings_and_control_characters_are_refused()
    {
        Assert.Contains("at most 200", Assert.Throws<QueryParameterException>(() => Parse().Bind(new Dictionary<string, string?> { ["who"] = new string('x', 10_000) })).Message, StringComparison.Ordinal);
        Assert.Contains("control", Assert.Throws<QueryParameterException>(() => Parse().Bind(new Dictionary<string, string?> { ["who"] = "a\u0000b" })).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("' OR 1=1")]
    [InlineData("}) DETACH DELETE n //")]
    public void Injection_attempts_stay_plain_string_values(string hostile)
    {
        var arguments = Parse().Bind(new Dictionary<string, string?> { ["who"] = hostile });

        Assert.Equal(hostile, arguments.GetString("who"));
    }

    [Fact]
    public void Every_curated_query_has_an_example_that_binds()
    {
        Assert.All(QueryCatalog.Default.All, query =>
        {
            Assert.Contains("// example:", query.Cypher, StringComparison.Ordinal);
            query.Bind(query.Example);
            Assert.DoesNotContain("// name:", query.Statement, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_embedded_catalog_holds_every_cypher_file_with_a_header()
    {
        var files = Directory.GetFiles(TestSupport.RepoPaths.Cypher, "*.cypher")
            .Where(f => File.ReadAllText(f).Contains("// name:", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, QueryCatalog.Default.All.Select(q => q.Name));
        Assert.All(QueryCatalog.Default.All, q => Assert.Contains("$", q.Cypher, StringComparison.Ordinal));
    }
}
