using System.Net;
using System.Text.Json;
using GraphExplorer.Api.Tests.Fakes;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Tests;

public sealed class QueryTests
{
    private static readonly string[] AccusedAndMet = ["ACCUSED", "met_with"];

    [Fact]
    public async Task A_query_returns_parameters_columns_rows_and_the_graph_with_evidence()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/queries/ego-network?entity=Ada%20Example&depth=2&edgeTypes=met_with");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ego-network", body.GetProperty("query").GetString());
        var parameters = body.GetProperty("parameters");
        Assert.Equal("Ada Example", parameters.GetProperty("entity").GetString());
        Assert.Equal(2, parameters.GetProperty("depth").GetInt64());
        Assert.Equal(["MET_WITH"], parameters.GetProperty("edgeTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, parameters.GetProperty("minConfidence").GetDouble());
        Assert.Equal(["source", "type", "target", "date"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var row = Assert.Single(body.GetProperty("rows").EnumerateArray());
        Assert.Equal([TestGraph.Ada.Id, "MET_WITH", TestGraph.Bo.Id, "2024-03-01"], row.EnumerateArray().Select(v => v.GetString()));
        Assert.False(body.GetProperty("truncated").GetBoolean());

        var graph = body.GetProperty("graph");
        Assert.Equal([TestGraph.Ada.Id, TestGraph.Bo.Id], graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order());
        var relationship = Assert.Single(graph.GetProperty("relationships").EnumerateArray());
        Assert.Equal(TestGraph.Meeting.Key, relationship.GetProperty("key").GetString());
        Assert.Equal("2024-03-01", relationship.GetProperty("date").GetString());
        var evidence = Assert.Single(relationship.GetProperty("evidence").EnumerateArray());
        Assert.Equal("Ada Example met Bo Sample.", evidence.GetProperty("sentence").GetString());
        Assert.Equal("article-1", evidence.GetProperty("articleId").GetString());
        var article = Assert.Single(graph.GetProperty("articles").EnumerateArray());
        Assert.Equal("2024-03-02", article.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Post_takes_parameters_from_a_json_object_and_binds_them_like_get()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.PostJsonAsync(
            "/api/queries/ego-network",
            new { entity = TestGraph.Council.Id, depth = 2, edgeTypes = AccusedAndMet, minConfidence = 0.5 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, arguments) = Assert.Single(service.Store.Runs);
        Assert.Equal(TestGraph.Council.Id, arguments.GetString("entity"));
        Assert.Equal(2L, arguments.GetInt("depth"));
        Assert.Equal(["ACCUSED", "MET_WITH"], arguments.GetList("edgeTypes"));
        Assert.Equal(0.5, arguments.GetFloat("minConfidence"));
        Assert.Equal(TestGraph.Accusation.Key, body.GetProperty("graph").GetProperty("relationships")[0].GetProperty("key").GetString());
        Assert.Equal("smuggling", body.GetProperty("graph").GetProperty("relationships")[0].GetProperty("allegation").GetString());
    }

    [Fact]
    public async Task Date_parameters_travel_typed_and_come_back_as_iso_dates()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/queries/dated-edges?from=2024-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DateOnly(2024, 1, 1), Assert.Single(service.Store.Runs).Arguments.GetDate("from"));
        Assert.Equal("2024-01-01", body.GetProperty("parameters").GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("parameters").GetProperty("to").ValueKind);
        Assert.Equal(100, body.GetProperty("parameters").GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task A_post_without_a_body_runs_with_the_defaults()
    {
        await using var service = await RunningService.StartAsync();

        var response = await service.Client.PostAsync(new Uri("/api/queries/dated-edges", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100L, Assert.Single(service.Store.Runs).Arguments.GetInt("limit"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task An_unknown_query_is_a_404_problem_naming_it(string method)
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = method == "GET"
            ? await service.GetJsonAsync("/api/queries/no-such-query")
            : await service.PostJsonAsync("/api/queries/no-such-query", new { });

        ProblemAssert.IsProblem(response, body, HttpStatusCode.NotFound);
        Assert.Equal("no-such-query", body.GetProperty("query").GetString());
        Assert.Contains("'no-such-query'", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(service.Store.Calls);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/nothing-here");

        ProblemAssert.IsProblem(response, body, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_parameter_the_store_refuses_is_a_400_naming_it()
    {
        await using var service = await RunningService.StartAsync(arrange: store =>
            store.Respond = (_, _, _) => throw new QueryParameterException("entity", "matches no entity"));

        var (response, body) = await service.GetJsonAsync("/api/queries/ego-network?entity=Nobody");

        ProblemAssert.NamesParameter(response, body, "entity");
        Assert.Equal("Parameter 'entity' matches no entity.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_store_failure_is_a_500_problem_that_does_not_leak_the_exception()
    {
        await using var service = await RunningService.StartAsync(arrange: store =>
            store.Respond = (_, _, _) => throw new InvalidOperationException("connection string secret=hunter2"));

        var (response, body) = await service.GetJsonAsync("/api/queries/dated-edges");

        ProblemAssert.IsProblem(response, body, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("hunter2", body.GetRawText(), StringComparison.Ordinal);
    }
}
