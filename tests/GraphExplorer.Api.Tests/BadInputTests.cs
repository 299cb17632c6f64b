using System.Net;
using System.Text;
using GraphExplorer.Api.Tests.Fakes;

namespace GraphExplorer.Api.Tests;

/// <summary>Bad input gets a 400 problem naming the parameter and why, and never reaches the store.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string> BadQueryStrings => new()
    {
        { "/api/queries/ego-network?entity=Ada&depth=9", "depth" },
        { "/api/queries/ego-network?entity=Ada&depth=two", "depth" },
        { "/api/queries/ego-network?entity=", "entity" },
        { "/api/queries/ego-network?entity=%20%20%20", "entity" },
        { "/api/queries/ego-network", "entity" },
        { "/api/queries/ego-network?entity=" + new string('x', 10 * 1024), "entity" },
        { "/api/queries/ego-network?entity=Ada&bogus=1", "bogus" },
        { "/api/queries/ego-network?entity=Ada&depth=", "depth" },
        { "/api/queries/ego-network?entity=Ada&depth=1&depth=2", "depth" },
        { "/api/queries/ego-network?entity=Ada%0AMATCH", "entity" },
        { "/api/queries/ego-network?entity=Ada&minConfidence=NaN", "minConfidence" },
        { "/api/queries/ego-network?entity=Ada&edgeTypes=LOVES", "edgeTypes" },
        { "/api/queries/dated-edges?from=2024-13-45", "from" },
        { "/api/queries/dated-edges?to=yesterday", "to" },
        { "/api/queries/dated-edges?limit=1001", "limit" },
        { "/api/queries/dated-edges?format=pdf", "format" },
        { "/api/entities/" + new string('x', 10 * 1024), "id" },
        { "/api/export?format=json&article=" + new string('a', 10 * 1024), "article" },
        { "/api/export?format=xls", "format" },
        { "/api/export", "format" },
    };

    [Theory]
    [MemberData(nameof(BadQueryStrings))]
    public async Task A_bad_query_string_value_is_a_400_naming_the_parameter(string path, string parameter)
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync(path);

        ProblemAssert.NamesParameter(response, body, parameter);
        Assert.Empty(service.Store.Runs);
    }

    [Fact]
    public async Task A_10_kB_string_in_a_post_body_is_a_400_naming_the_parameter()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.PostJsonAsync("/api/queries/ego-network", new { entity = new string('x', 10 * 1024) });

        ProblemAssert.NamesParameter(response, body, "entity");
        Assert.Contains("at most 200 characters", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(service.Store.Calls);
    }

    [Fact]
    public async Task An_object_as_a_parameter_value_is_a_400_naming_the_parameter()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.PostJsonAsync("/api/queries/ego-network", new { entity = "Ada", depth = new { gt = 1 } });

        ProblemAssert.NamesParameter(response, body, "depth");
        Assert.Empty(service.Store.Calls);
    }

    [Theory]
    [InlineData("not json", "application/json")]
    [InlineData("[1, 2]", "application/json")]
    public async Task A_body_that_is_not_a_json_object_is_a_400_saying_so(string content, string contentType)
    {
        await using var service = await RunningService.StartAsync();

        using var request = new StringContent(content, Encoding.UTF8, contentType);
        var response = await service.Client.PostAsync(new Uri("/api/queries/ego-network", UriKind.Relative), request, TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        ProblemAssert.IsProblem(response, body, HttpStatusCode.BadRequest);
        Assert.Equal("Invalid request body", body.GetProperty("title").GetString());
        Assert.Empty(service.Store.Calls);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        await using var service = await RunningService.StartAsync();

        using var request = new StringContent("entity=Ada", Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await service.Client.PostAsync(new Uri("/api/queries/ego-network", UriKind.Relative), request, TestContext.Current.CancellationToken);

        ProblemAssert.IsProblem(response, await RunningService.ReadJsonAsync(response), HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(service.Store.Calls);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_without_reaching_the_store()
    {
        await using var service = await RunningService.StartAsync(new Dictionary<string, string?> { ["QueryService:MaxRequestBodyBytes"] = "2048" });

        var (response, body) = await service.PostJsonAsync("/api/queries/ego-network", new { entity = "Ada", padding = new string(' ', 4096) });

        ProblemAssert.IsProblem(response, body, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("2048 bytes", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(service.Store.Calls);
    }

    [Fact]
    public async Task Depth_above_the_service_limit_is_refused_even_within_the_query_bound()
    {
        await using var service = await RunningService.StartAsync(new Dictionary<string, string?> { ["QueryService:MaxDepth"] = "2" });

        var (response, body) = await service.GetJsonAsync("/api/queries/ego-network?entity=Ada&depth=3");

        ProblemAssert.NamesParameter(response, body, "depth");
        Assert.Contains("MaxDepth", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(service.Store.Runs);
    }

    [Theory]
    [InlineData("' OR 1=1")]
    [InlineData("}) DETACH DELETE n //")]
    [InlineData("Ada\"}) MATCH (x) DETACH DELETE x WITH 1 AS y MATCH (z {id: \"")]
    public async Task Injection_attempts_reach_the_store_only_as_parameter_values(string attack)
    {
        await using var service = await RunningService.StartAsync();
        var catalogCypher = TestCatalog.EgoNetwork.Cypher;

        var (getResponse, getBody) = await service.GetJsonAsync("/api/queries/ego-network?entity=" + Uri.EscapeDataString(attack));
        var (postResponse, postBody) = await service.PostJsonAsync("/api/queries/ego-network", new { entity = attack });

        foreach (var (response, body) in new[] { (getResponse, getBody), (postResponse, postBody) })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(body.GetProperty("rows").EnumerateArray());
            Assert.Empty(body.GetProperty("graph").GetProperty("nodes").EnumerateArray());
        }

        Assert.Equal(["RunAsync ego-network", "RunAsync ego-network"], service.Store.Calls);
        foreach (var (query, arguments) in service.Store.Runs)
        {
            Assert.Equal(catalogCypher, query.Cypher);
            Assert.Equal(attack.Trim(), arguments.GetString("entity"));
            Assert.Equal(1L, arguments.GetInt("depth"));
        }

        Assert.Equal(TestGraph.Create().Nodes, service.Store.Graph.Nodes);
        Assert.Equal(TestGraph.Create().Relationships, service.Store.Graph.Relationships);
    }
}
