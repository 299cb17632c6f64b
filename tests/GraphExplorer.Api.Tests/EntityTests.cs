using System.Net;
using GraphExplorer.Api.Tests.Fakes;

namespace GraphExplorer.Api.Tests;

public sealed class EntityTests
{
    [Fact]
    public async Task An_entity_comes_with_its_relationships_neighbours_and_cited_articles()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/entities/" + Uri.EscapeDataString(TestGraph.Ada.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestGraph.Ada.Id, body.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(["A. Example"], body.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var relationship = Assert.Single(body.GetProperty("relationships").EnumerateArray());
        Assert.Equal(TestGraph.Meeting.Key, relationship.GetProperty("key").GetString());
        Assert.Equal("Ada Example met Bo Sample.", relationship.GetProperty("evidence")[0].GetProperty("sentence").GetString());
        Assert.Equal([TestGraph.Bo.Id], body.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["article-1"], body.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        var (query, arguments) = Assert.Single(service.Store.Runs);
        Assert.Equal("ego-network", query.Name);
        Assert.Equal(1L, arguments.GetInt("depth"));
        Assert.DoesNotContain(service.Store.Calls, c => c.StartsWith("ReadGraphAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_ego_network_query_the_relationships_come_from_the_graph_reader()
    {
        await using var service = await RunningService.StartAsync(catalog: TestCatalog.WithoutEgoNetwork());

        var (response, body) = await service.GetJsonAsync("/api/entities/" + Uri.EscapeDataString(TestGraph.Freedonia.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestGraph.Accusation.Key, Assert.Single(body.GetProperty("relationships").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal([TestGraph.Council.Id], body.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Contains("ReadGraphAsync ", service.Store.Calls);
    }

    [Fact]
    public async Task An_entity_without_relationships_has_empty_lists()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/entities/" + Uri.EscapeDataString(TestGraph.Loner.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.GetProperty("relationships").EnumerateArray());
        Assert.Empty(body.GetProperty("neighbours").EnumerateArray());
    }

    [Theory]
    [InlineData("person:nobody")]
    [InlineData("' OR 1=1")]
    public async Task An_unknown_entity_is_a_404_problem_naming_the_id(string id)
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/entities/" + Uri.EscapeDataString(id));

        ProblemAssert.IsProblem(response, body, HttpStatusCode.NotFound);
        Assert.Equal("Unknown entity", body.GetProperty("title").GetString());
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal([$"GetEntityAsync {id}"], service.Store.Calls);
    }
}
