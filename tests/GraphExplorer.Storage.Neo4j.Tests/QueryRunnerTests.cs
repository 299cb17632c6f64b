using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>Curated queries run with their arguments as parameters; graph columns become the subgraph.</summary>
public sealed class QueryRunnerTests
{
    private const string Cypher = """
        // name: pairs
        // description: Test query.
        // param: actor entity? — an entity
        // param: from date? — earliest date
        // param: limit int = 10 [1..100] — most rows
        // returns: pairs
        // graph: place, p
        MATCH p = (a:Entity)-[r:MET_WITH]->(b:Entity)
        OPTIONAL MATCH (place:Entity {id: r.placeId})
        WITH a, r, b, p, place
        RETURN a.name AS first, b.name AS second, toString(r.date) AS date, place, p, COLLECT { MATCH (s:Assertion {fact: r.key}) RETURN s.article } AS articles
        ORDER BY first, second
        LIMIT $limit
        """;

    private static readonly QueryDefinition Query = QueryCatalog.Parse(Cypher, "test")!;

    [Fact]
    public async Task Graph_values_feed_the_subgraph_and_scalars_the_table()
    {
        var node = """{"elementId":"4:x:1","labels":["Entity","Person"],"properties":{"id":"person:ana-vega","name":"Ana Vega","aliases":["A. Vega"]}}""";
        var other = """{"elementId":"4:x:2","labels":["Entity","Country"],"properties":{"id":"country:norland","name":"Norland","aliases":[]}}""";
        var rel = """{"elementId":"5:x:1","startNodeElementId":"4:x:2","endNodeElementId":"4:x:1","type":"MET_WITH","properties":{"key":"MET_WITH|country:norland|person:ana-vega","date":"2024-02-01","confidence":0.9}}""";
        var body = """{"data":{"fields":["first","second","date","place","p","articles"],"values":[["Norland","Ana Vega","2024-02-01",null,["""
            + other + "," + rel + "," + node + """],["a-1"]]]}}""";
        var article = """{"data":{"fields":["a"],"values":[[{"elementId":"4:x:9","labels":["Article"],"properties":{"id":"a-1","title":"T","published":"2024-02-02","contentHash":"h"}}]]}}""";
        var evidence = """{"data":{"fields":["key","article","sentences","starts","ends"],"values":[["MET_WITH|country:norland|person:ana-vega","a-1",["They met."],[3],[12]]]}}""";
        await using var server = await FakeQueryApi.StartAsync(request => request.Statement switch
        {
            var s when s.Contains("MATCH (a:Article) WHERE a.id IN $ids", StringComparison.Ordinal) => new FakeResponse(202, article),
            var s when s.Contains("MATCH (s:Assertion {fact: key})", StringComparison.Ordinal) => new FakeResponse(202, evidence),
            _ => new FakeResponse(202, body),
        });
        await using var services = Neo4jServices.For(server.Uri);
        var arguments = Query.Bind(new Dictionary<string, string?> { ["actor"] = "ANA VEGA", ["from"] = "2024-01-01" });

        var result = await services.GetRequiredService<IQueryRunner>().RunAsync(Query, arguments, TestContext.Current.CancellationToken);

        Assert.Equal(["first", "second", "date", "articles"], result.Columns);
        var row = Assert.Single(result.Rows);
        Assert.Equal("Norland", row[0]);
        Assert.Equal(["a-1"], Assert.IsType<IReadOnlyList<object?>>(row[3], exactMatch: false));
        Assert.Equal(["country:norland", "person:ana-vega"], result.Graph.Nodes.Select(n => n.Id));
        var fact = Assert.Single(result.Graph.Relationships);
        Assert.Equal(("country:norland", "person:ana-vega", new DateOnly(2024, 2, 1)), (fact.SourceId, fact.TargetId, fact.Date));
        Assert.Equal("They met.", Assert.Single(fact.Evidence).Sentence);
        Assert.Equal(new DateOnly(2024, 2, 2), Assert.Single(result.Graph.Articles).Published);

        var sent = server.Requests.Single(r => r.Statement == Cypher);
        Assert.Equal("ANA VEGA", sent.Parameter("actor")!.Value.GetString());
        Assert.Equal("ana vega", sent.Parameter("actorKey")!.Value.GetString());
        Assert.Equal("2024-01-01", sent.Parameter("from")!.Value.GetString());
        Assert.Equal(10, sent.Parameter("limit")!.Value.GetInt64());
    }

    [Fact]
    public async Task Empty_result_has_the_same_table_columns()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeResponse.Rows(["first", "second", "date", "place", "p", "articles"]));
        await using var services = Neo4jServices.For(server.Uri);

        var result = await services.GetRequiredService<IQueryRunner>().RunAsync(Query, Query.Bind(new Dictionary<string, string?> { ["actor"] = "nobody" }), TestContext.Current.CancellationToken);

        Assert.Equal(["first", "second", "date", "articles"], result.Columns);
        Assert.Empty(result.Rows);
        Assert.Equal("nobody", server.Requests.Single(r => r.Statement == Cypher).Parameter("actor")!.Value.GetString());
    }

    [Fact]
    public void Entity_parameters_travel_with_their_name_key()
    {
        var parameters = Neo4jQueryRunner.Parameters(Query, Query.Bind(new Dictionary<string, string?> { ["actor"] = "Ḥasan al-Bāqir’s" }));
        var absent = Neo4jQueryRunner.Parameters(Query, Query.Bind(new Dictionary<string, string?>()));

        Assert.Equal("hasan al baqirs", parameters["actorKey"]);
        Assert.Null(absent["actorKey"]);
    }

    [Fact]
    public async Task A_table_column_holding_graph_values_is_a_header_error_that_names_the_column()
    {
        var node = """{"elementId":"4:x:1","labels":["Entity","Person"],"properties":{"id":"person:ana-vega","name":"Ana Vega","aliases":[]}}""";
        await using var server = await FakeQueryApi.StartAsync(_ => new FakeResponse(202, """{"data":{"fields":["first","second","date","place","p","articles"],"values":[["a","b",null,null,null,["""
            + node + "]]]}}"));
        await using var services = Neo4jServices.For(server.Uri);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<IQueryRunner>().RunAsync(Query, Query.Bind(new Dictionary<string, string?>()), TestContext.Current.CancellationToken));

        Assert.Contains("'articles'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_graph_column_the_statement_does_not_return_is_a_header_error()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeResponse.Rows(["first", "second", "date", "place", "articles"]));
        await using var services = Neo4jServices.For(server.Uri);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<IQueryRunner>().RunAsync(Query, Query.Bind(new Dictionary<string, string?>()), TestContext.Current.CancellationToken));

        Assert.Contains("'p'", error.Message, StringComparison.Ordinal);
    }
}
