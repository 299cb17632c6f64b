using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>Schema statements and option binding.</summary>
public sealed class SchemaAndOptionsTests
{
    [Fact]
    public async Task Initialize_applies_every_schema_statement_idempotently_one_per_request()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Recordings.Response("02-constraint"));
        await using var services = Neo4jServices.For(server.Uri);

        await services.GetRequiredService<IArticleStore>().InitializeAsync(TestContext.Current.CancellationToken);

        var statements = server.Requests.Select(r => r.Statement).ToList();
        Assert.Equal(SchemaScript.Statements(QueryCatalog.ReadCypherResource("schema.cypher")), statements);
        // idempotent: schema created IF NOT EXISTS, old data rewritten by a MATCH that finds nothing the second time, or a
        // one-off rewrite guarded by the :StoreFormat node it leaves behind
        Assert.All(statements, s => Assert.True(s.Contains("IF NOT EXISTS", StringComparison.Ordinal) || (s.StartsWith("DROP ", StringComparison.Ordinal) && s.EndsWith(" IF EXISTS", StringComparison.Ordinal)) || s.StartsWith("MATCH ", StringComparison.Ordinal) || s.Contains("StoreFormat {evidence: 'assertions'}", StringComparison.Ordinal) || s.Contains("StoreFormat {nameKeys: 'text'}", StringComparison.Ordinal), s));
        Assert.All(statements, s => Assert.DoesNotContain("//", s, StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FULLTEXT INDEX entity_names", StringComparison.Ordinal) && s.Contains("e.aliasText", StringComparison.Ordinal));
    }

    [Fact]
    public void Environment_keys_override_the_section()
    {
        using var services = Neo4jServices.Build(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://section:7474",
            ["Neo4j:Database"] = "fromsection",
            ["NEO4J_URI"] = "http://env-host:7475",
            ["NEO4J_USER"] = "reader",
            ["NEO4J_PASSWORD"] = "pw",
            ["NEO4J_DATABASE"] = "graph",
        });

        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(("http://env-host:7475/", "reader", "pw", "graph"), (options.Uri.ToString(), options.User, options.Password, options.Database));
    }

    [Fact]
    public void Defaults_are_documented_values()
    {
        using var services = Neo4jServices.Build([]);

        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(("http://localhost:7474/", "neo4j", "neo4j", null), (options.Uri.ToString(), options.Database, options.User, options.Password));
    }

    [Fact]
    public void Bolt_uri_is_refused_with_the_reason()
    {
        using var services = Neo4jServices.Build(new Dictionary<string, string?> { ["NEO4J_URI"] = "bolt://localhost:7687" });

        var error = Assert.Throws<ArgumentException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains("http://", error.Message, StringComparison.Ordinal);
        Assert.Contains("bolt://", error.Message, StringComparison.Ordinal);
    }
}
