using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static GraphExplorer.Storage.Neo4j.Tests.Fakes.GraphBuilder;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>SaveArticleAsync: one explicit transaction, committed or rolled back, retried whole on transient failures.</summary>
public sealed class SaveArticleTests
{
    private static readonly Entity Ana = Person("ana-vega", "A. Vega");
    private static readonly Entity Norland = Country("norland");
    private static readonly ArticleGraph Graph = Article("a-2", [Ana, Norland], Fact(EdgeTypes.MetWith, Ana, Norland, "a-2", (40, "Vega met Norland."), (10, "They met.")) with { Date = new DateOnly(2024, 2, 1), Confidence = 0.8 });

    [Fact]
    public async Task Commit_failure_throws_rolls_back_and_stores_nothing()
    {
        var fake = new TransactionalFake { Commit = (_, _) => FakeResponse.Error(500, "Neo.DatabaseError.Transaction.TransactionCommitFailed", "Could not commit") };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);
        var store = services.GetRequiredService<IArticleStore>();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.SaveArticleAsync(Graph, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.DatabaseError.Transaction.TransactionCommitFailed", error.Code);
        Assert.Null(await store.GetContentHashAsync("a-2", TestContext.Current.CancellationToken));
        Assert.Single(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx1" });
        Assert.Single(server.Requests, r => r.Path == "/db/neo4j/query/v2/tx");
    }

    [Fact]
    public async Task Transient_commit_failure_retries_the_whole_transaction_never_the_same_commit()
    {
        var fake = new TransactionalFake { Commit = (n, _) => n == 1 ? FakeResponse.Error(400, "Neo.TransientError.Transaction.Outdated", "outdated") : null };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);
        var store = services.GetRequiredService<IArticleStore>();

        await store.SaveArticleAsync(Graph, TestContext.Current.CancellationToken);

        Assert.Equal("hash-a-2", await store.GetContentHashAsync("a-2", TestContext.Current.CancellationToken));
        var commits = server.Requests.Where(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Select(r => r.Path).ToList();
        Assert.Equal(["/db/neo4j/query/v2/tx/tx1/commit", "/db/neo4j/query/v2/tx/tx2/commit"], commits);
        Assert.Contains(server.Requests, r => r is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx1" });
    }

    [Fact]
    public async Task Commit_refused_as_busy_is_sent_again_on_the_same_transaction()
    {
        var fake = new TransactionalFake { Commit = (n, _) => n <= 2 ? Busy() : null };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);
        var store = services.GetRequiredService<IArticleStore>();

        await store.SaveArticleAsync(Graph, TestContext.Current.CancellationToken);

        Assert.Equal(["a-2"], fake.Stored);
        Assert.Single(server.Requests, r => r.Path == "/db/neo4j/query/v2/tx");
        Assert.Equal(3, server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx/tx1/commit"));
        Assert.DoesNotContain(server.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Statement_refused_as_busy_is_sent_again_unchanged_on_the_same_transaction()
    {
        var fake = new TransactionalFake { Run = (n, _) => n == 1 ? Busy() : null };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);

        await services.GetRequiredService<IArticleStore>().SaveArticleAsync(Graph, TestContext.Current.CancellationToken);

        Assert.Equal(["a-2"], fake.Stored);
        Assert.Single(server.Requests, r => r.Path == "/db/neo4j/query/v2/tx");
        var inTransaction = server.Requests.Where(r => r.Path == "/db/neo4j/query/v2/tx/tx1").ToList();
        Assert.Equal(inTransaction[0].Body, inTransaction[1].Body);
    }

    [Fact]
    public async Task Transaction_busy_past_the_short_waits_is_retried_whole_and_then_reported()
    {
        var fake = new TransactionalFake { Commit = (_, _) => Busy() };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri, maxRetries: 1);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => services.GetRequiredService<IArticleStore>().SaveArticleAsync(Graph, TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jException.TransactionBusyCode, error.Code);
        Assert.Empty(fake.Stored);
        Assert.Equal(2, server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal(7, server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx/tx1/commit"));
        Assert.Contains(server.Requests, r => r is { Method: "DELETE", Path: "/db/neo4j/query/v2/tx/tx1" });
    }

    [Fact]
    public async Task Dropped_connection_inside_the_transaction_retries_the_whole_transaction()
    {
        var fake = new TransactionalFake { Run = (n, _) => n == 1 ? FakeResponse.Dropped : null };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);

        await services.GetRequiredService<IArticleStore>().SaveArticleAsync(Graph, TestContext.Current.CancellationToken);

        Assert.Equal(2, server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal(["a-2"], fake.Stored);
    }

    [Fact]
    public async Task The_transaction_is_opened_with_a_server_side_timeout_and_every_statement_carries_its_tag()
    {
        var fake = new TransactionalFake();
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);

        await services.GetRequiredService<IArticleStore>().SaveArticleAsync(Graph, TestContext.Current.CancellationToken);

        var begin = Assert.Single(server.Requests, r => r.Path == "/db/neo4j/query/v2/tx");
        Assert.Equal(120, begin.Json("maxExecutionTime")!.Value.GetInt32());
        var tag = begin.Parameter(QueryApi.QueryApiClient.RequestTagParameter)!.Value.GetString();
        var inTransaction = server.Requests.Where(r => r.Path.StartsWith("/db/neo4j/query/v2/tx/", StringComparison.Ordinal) && r.Statement.Length > 0).ToList();
        Assert.NotEmpty(inTransaction);
        Assert.All(inTransaction, r => Assert.Equal(tag, r.Parameter(QueryApi.QueryApiClient.RequestTagParameter)!.Value.GetString()));
    }

    [Fact]
    public async Task Client_error_inside_the_transaction_rolls_back_without_commit_or_retry()
    {
        var fake = new TransactionalFake { Run = (n, _) => n == 2 ? Recordings.Response("22-tx-error-inside") : null };
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => services.GetRequiredService<IArticleStore>().SaveArticleAsync(Graph, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.Method == "DELETE");
        Assert.Empty(fake.Stored);
    }

    [Fact]
    public async Task A_fact_other_articles_state_gets_its_aggregate_updated_and_only_this_articles_assertion()
    {
        var fake = new TransactionalFake();
        fake.Answers.Add(("SET e.writeLock", _ => (["id", "name", "label", "aliases", "names", "others", "previous"], [["person:ana-vega", "Ana Vega", "Person", new List<List<string>> { new() { "Mrs Vega" } }, new List<string> { "Ana Vega" }, 1, false]])));
        fake.Answers.Add(("properties(r) AS properties", _ => (["key", "type", "source", "target", "properties", "previous"], [[
            "MET_WITH|country:norland|person:ana-vega", "MET_WITH", "country:norland", "person:ana-vega",
            new Dictionary<string, object?>
            {
                ["key"] = "MET_WITH|country:norland|person:ana-vega",
                ["date"] = "2023-12-24",
                ["dateKind"] = "stated",
                ["placeId"] = "place:harbour",
                ["placeArticle"] = "a-1",
                ["confidence"] = 0.9,
                ["assertions"] = 40,
            },
            null]])));
        await using var server = await FakeQueryApi.StartAsync(fake.Handle);
        await using var services = Neo4jServices.For(server.Uri);

        await services.GetRequiredService<IArticleStore>().SaveArticleAsync(Graph, TestContext.Current.CancellationToken);

        var statements = server.Requests.Select(r => r.Statement).ToList();
        Assert.Collection(
            statements,
            s => Assert.Contains("SET e.writeLock", s, StringComparison.Ordinal),
            s => Assert.Contains("properties(r) AS properties", s, StringComparison.Ordinal),
            s => Assert.Contains("MERGE (a:Article", s, StringComparison.Ordinal),
            s => Assert.Contains("MATCH (f:IngestFailure {source: $source}) DELETE f", s, StringComparison.Ordinal),
            s => Assert.Contains("SET e:Country", s, StringComparison.Ordinal),
            s => Assert.Contains("SET e:Person", s, StringComparison.Ordinal),
            s => Assert.Contains("MERGE (a)-[m:MENTIONS]->(e)", s, StringComparison.Ordinal),
            s => Assert.Contains("-[r:MET_WITH {key: $key[i]}]->", s, StringComparison.Ordinal),
            s => Assert.Contains("DETACH DELETE e", s, StringComparison.Ordinal));

        var person = Single(server.Requests.First(r => r.Statement.Contains("SET e:Person", StringComparison.Ordinal)));
        Assert.Equal(["A. Vega", "Mrs Vega"], Strings(person, "aliases"));
        Assert.Equal("A. Vega | Mrs Vega", person.GetProperty("aliasText").GetString());
        Assert.Equal(["a vega", "ana vega", "mrs vega", "~viga"], Strings(person, "nameKeys"));

        // the stored aggregate (40 articles) and this article's contribution: nothing of the other 40 is read or written
        // one row, sent as parameter columns: element 0 of each
        var fact = server.Requests.First(r => r.Statement.Contains(":MET_WITH", StringComparison.Ordinal));
        JsonElement Column(string name) => Assert.Single(fact.Parameter(name)!.Value.EnumerateArray().ToList());
        Assert.Equal(("country:norland", "person:ana-vega", "2023-12-24"), (Column("source").GetString(), Column("target").GetString(), Column("date").GetString()));
        Assert.Equal("MET_WITH|country:norland|person:ana-vega", Column("key").GetString());
        Assert.Equal(0.9, Column("confidence").GetDouble());
        Assert.Equal(("place:harbour", "a-1"), (Column("placeId").GetString(), Column("placeArticle").GetString()));
        Assert.Equal(41, Column("assertions").GetInt64());
        Assert.Equal(JsonValueKind.Null, Column("allegation").ValueKind);
        Assert.Equal(("a-2", "2024-02-01", 0.8), (Column("assertionArticle").GetString(), Column("assertionDate").GetString(), Column("assertionConfidence").GetDouble()));
        Assert.Equal(["They met.", "Vega met Norland."], Column("sentences").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([10, 40], Column("starts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.DoesNotContain(server.Requests, r => r.Statement.Contains("s.article <> $articleId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_graph_is_refused_before_anything_is_sent()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeResponse.Rows([]));
        await using var services = Neo4jServices.For(server.Uri);
        var stranger = Person("nobody");
        var graph = Article("a-3", [Ana], Fact(EdgeTypes.Accused, Ana, stranger, "a-3", (0, "Ana accused nobody.")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<IArticleStore>().SaveArticleAsync(graph, TestContext.Current.CancellationToken));

        Assert.Contains("person:nobody", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static JsonElement Single(FakeRequest request) => Assert.Single(request.Parameter("rows")!.Value.EnumerateArray().ToList());

    private static List<string?> Strings(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString())];

    private static FakeResponse Busy() =>
        FakeResponse.Error(400, Neo4jException.TransactionBusyCode, "Another request is currently accessing this transaction.");
}
