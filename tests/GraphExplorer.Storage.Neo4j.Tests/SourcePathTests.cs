using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static GraphExplorer.Storage.Neo4j.Tests.Fakes.GraphBuilder;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>Sources are relative to the ingested folder: a server path is refused before anything is sent, and the schema script rewrites the ones older versions stored.</summary>
public sealed class SourcePathTests
{
    [Fact]
    public async Task A_server_path_as_source_is_refused_before_anything_is_sent()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeResponse.Rows([]));
        await using var services = Neo4jServices.For(server.Uri);
        var graph = Article("a-4", [Person("ana-vega")]);
        graph = graph with { Article = graph.Article with { Source = "/srv/graph/inbox/a-4.txt" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<IArticleStore>().SaveArticleAsync(graph, TestContext.Current.CancellationToken));

        Assert.Contains("is a server path", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void The_schema_script_cuts_stored_server_paths_to_file_names()
    {
        var statements = SchemaScript.Statements(QueryCatalog.ReadCypherResource("schema.cypher"));

        Assert.Contains(statements, s => s.StartsWith("MATCH (a:Article) WHERE a.source STARTS WITH '/'", StringComparison.Ordinal) && s.Contains("SET a.source = last(", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("MATCH (f:IngestFailure)", StringComparison.Ordinal) && s.EndsWith("DELETE f", StringComparison.Ordinal));
    }
}
