using System.Net;
using System.Text.Json;
using GraphExplorer.Api.Tests.Fakes;

namespace GraphExplorer.Api.Tests;

public sealed class ExportTests
{
    [Fact]
    public async Task A_query_exports_its_subgraph_as_a_named_download()
    {
        await using var service = await RunningService.StartAsync();

        var response = await service.Client.GetAsync(new Uri("/api/queries/ego-network?entity=Ada%20Example&format=cytoscape", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ego-network.cyjs", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("ego-network", body.GetProperty("data").GetProperty("query").GetString());
        Assert.Equal("Ada Example", body.GetProperty("data").GetProperty("parameters").GetProperty("entity").GetString());
        Assert.Equal([TestGraph.Meeting.Key], EdgeIds(body));
    }

    [Fact]
    public async Task A_posted_query_exports_too()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.PostJsonAsync("/api/queries/ego-network?format=JSON", new { entity = TestGraph.Council.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ego-network.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([TestGraph.Accusation.Key], RelationshipKeys(body));
    }

    [Fact]
    public async Task The_whole_graph_exports_as_graph_dot_extension()
    {
        await using var service = await RunningService.StartAsync();

        var response = await service.Client.GetAsync(new Uri("/api/export?format=cytoscape", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("graph.cyjs", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Whole graph", body.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal(TestGraph.Create().Nodes.Count, body.GetProperty("elements").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task One_article_exports_its_subgraph_under_its_title()
    {
        await using var service = await RunningService.StartAsync();

        var response = await service.Client.GetAsync(new Uri("/api/export?format=cytoscape&article=article-2", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("article-article-2.cyjs", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Council & <smuggling> row", body.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("article-2", body.GetProperty("data").GetProperty("parameters").GetProperty("article").GetString());
        Assert.Equal([TestGraph.Accusation.Key], EdgeIds(body));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/export?format=json&article=no-such-article");

        ProblemAssert.IsProblem(response, body, HttpStatusCode.NotFound);
        Assert.Equal("no-such-article", body.GetProperty("article").GetString());
    }

    [Fact]
    public async Task An_unknown_format_lists_the_known_ones()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/api/queries/ego-network?entity=Ada&format=pdf");

        ProblemAssert.NamesParameter(response, body, "format");
        Assert.Contains("json", body.GetProperty("errors").GetProperty("format")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(service.Store.Calls);
    }

    [Theory]
    [InlineData("article-1", "article-1")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("a\"; filename=evil.exe", "a-filename-evil.exe")]
    [InlineData("...", "export")]
    public void File_names_keep_only_safe_characters(string stem, string expected) =>
        Assert.Equal(expected, Exports.ExportWriter.SafeFileStem(stem));

    private static IEnumerable<string?> EdgeIds(JsonElement cytoscape) =>
        cytoscape.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString());

    // The json format is the scorer's: relationships carry type and endpoints, from which the key follows.
    private static IEnumerable<string> RelationshipKeys(JsonElement json) =>
        json.GetProperty("relationships").EnumerateArray().Select(r =>
            GraphExplorer.Core.Model.Relationship.KeyOf(r.GetProperty("type").GetString()!, r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()!));
}
