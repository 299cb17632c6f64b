using System.Text.Json;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>Recorded response bodies parse into typed values; requests carry typed parameters.</summary>
public sealed class QueryApiParsingTests
{
    [Fact]
    public void Plain_json_nodes_relationships_paths_and_scalars_parse()
    {
        var result = QueryApiJson.ParseResponse(Recordings.Body("06-nodes-rels-paths-plain"), 202);

        Assert.Equal(["a", "r", "b", "p", "hops", "date", "conf", "nothing"], result.Fields);
        var row = Assert.Single(result.Rows);
        var a = Assert.IsType<GraphNode>(row[0]);
        Assert.Equal(["Entity", "Person"], a.Labels);
        Assert.Equal("p1", a.Properties["id"]);
        Assert.Equal(["E. Person"], Assert.IsType<IReadOnlyList<object?>>(a.Properties["aliases"], exactMatch: false));
        var r = Assert.IsType<GraphRelationship>(row[1]);
        Assert.Equal(("MET_WITH", a.ElementId), (r.Type, r.StartElementId));
        Assert.Equal(0.9, r.Properties["confidence"]);
        var path = Assert.IsType<IReadOnlyList<object?>>(row[3], exactMatch: false);
        Assert.Collection(path, e => Assert.IsType<GraphNode>(e), e => Assert.IsType<GraphRelationship>(e), e => Assert.IsType<GraphNode>(e));
        Assert.Equal(1L, row[4]);
        Assert.Equal("2023-03-19", row[5]);
        Assert.Equal(0.9, row[6]);
        Assert.Null(row[7]);
    }

    [Fact]
    public void Typed_json_values_parse_to_the_same_types()
    {
        var result = QueryApiJson.ParseResponse(Recordings.Body("07-nodes-rels-paths-typed"), 202);

        var row = Assert.Single(result.Rows);
        var a = Assert.IsType<GraphNode>(row[0]);
        Assert.Equal("Example Person", a.Properties["name"]);
        var r = Assert.IsType<GraphRelationship>(row[1]);
        Assert.Equal("2023-03-19", r.Properties["date"]);
        Assert.Equal(0.9, r.Properties["confidence"]);
        Assert.Equal(3, Assert.IsType<GraphPath>(row[3]).Elements.Count);
        Assert.Equal(1L, row[4]);
        Assert.Equal("2023-03-19", row[5]);
        Assert.Equal(0.9, row[6]);
        Assert.Null(row[7]);
    }

    [Fact]
    public void Counters_parse()
    {
        var result = QueryApiJson.ParseResponse(Recordings.Body("04-unwind-merge-counters"), 202);

        Assert.Equal(2L, result.Single("merged"));
        var counters = Assert.IsType<QueryCounters>(result.Counters);
        Assert.Equal((2, 8, 4, true), (counters.NodesCreated, counters.PropertiesSet, counters.LabelsAdded, counters.ContainsUpdates));
    }

    [Fact]
    public void Floats_that_look_whole_stay_floats_and_integers_stay_integers()
    {
        var result = QueryApiJson.ParseResponse("""{"data":{"fields":["f","i","big"],"values":[[1.0, 3, 9007199254740993]]}}""", 202);

        Assert.Equal([1.0, 3L, 9007199254740993L], result.Rows[0]);
    }

    [Fact]
    public void Transaction_open_answer_carries_the_transaction_id()
    {
        Assert.Equal("31c3", QueryApiJson.TryReadTransactionId(Recordings.Body("17-tx-open")));
        Assert.Null(QueryApiJson.TryReadTransactionId(Recordings.Body("19-tx-commit")));
    }

    [Fact]
    public void Empty_rollback_answer_is_an_empty_result()
    {
        Assert.Same(StatementResult.Empty, QueryApiJson.ParseResponse("", 200));
    }

    [Fact]
    public void A_body_that_is_not_json_is_reported_with_its_status()
    {
        var error = Assert.Throws<Neo4jException>(() => QueryApiJson.ParseResponse("<html>Bad gateway</html>", 502));

        Assert.Equal("Http.502", error.Code);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Parameters_travel_as_typed_json()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Recordings.Response("01-reset"));
        await using var services = Neo4jServices.For(server.Uri);
        var parameters = new Dictionary<string, object?>
        {
            ["date"] = new DateOnly(2024, 3, 9),
            ["types"] = (IReadOnlyList<string>)["MET_WITH", "SIGNED"],
            ["limit"] = 200L,
            ["confidence"] = 1.0,
            ["name"] = "' OR 1=1 }) DETACH DELETE n //",
            ["none"] = null,
        };

        await services.GetRequiredService<QueryApiClient>().RunAsync(new Statement("RETURN $date", parameters), TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("RETURN $date", request.Statement);
        Assert.Equal("2024-03-09", request.Parameter("date")!.Value.GetString());
        Assert.Equal(["MET_WITH", "SIGNED"], request.Parameter("types")!.Value.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("200", request.Parameter("limit")!.Value.GetRawText());
        Assert.Equal("1.0", request.Parameter("confidence")!.Value.GetRawText());
        Assert.Equal("' OR 1=1 }) DETACH DELETE n //", request.Parameter("name")!.Value.GetString());
        Assert.Equal(JsonValueKind.Null, request.Parameter("none")!.Value.ValueKind);
    }
}
