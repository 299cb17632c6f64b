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

        var response = await service.Client.GetAsync(new Uri("/api/queries/ego-network?entity=Ada%20Example&format=json", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ego-network.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("ego-network", body.GetProperty("query").GetString());
        Assert.Equal("Ada Example", body.GetProperty("parameters").GetProperty("entity").GetString());
        Assert.Equal([TestGraph.Meeting.Key], body.GetProperty("relationships").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_posted_query_exports_too()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.PostJsonAsync("/api/queries/ego-network?format=JSON", new { entity = TestGraph.Council.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ego-network.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([TestGraph.Accusation.Key], body.GetProperty("relationships").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_whole_graph_exports_as_graph_dot_extension()
    {
        await using var service = await RunningService.StartAsync();

        var response = await service.Client.GetAsync(new Uri("/api/export?format=json", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("graph.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Whole graph", body.GetProperty("title").GetString());
        Assert.Equal(TestGraph.Create().Nodes.Count, body.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task One_article_exports_its_subgraph_under_its_title()
    {
        await using var service = await RunningService.StartAsync();

        var response = await service.Client.GetAsync(new Uri("/api/export?format=json&article=article-2", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await RunningService.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("article-article-2.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("Council & <smuggling> row", body.GetProperty("title").GetString());
        Assert.Equal("article-2", body.GetProperty("article").GetString());
        Assert.Equal([TestGraph.Accusation.Key], body.GetProperty("relationships").EnumerateArray().Select(r => r.GetString()));
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

    [Fact]
    public async Task The_fake_json_format_is_valid_json_for_the_test_graph()
    {
        using var buffer = new MemoryStream();
        await new JsonExportFormats().WriteAsync(TestGraph.Create(), new Exports.ExportContext("t", null, new Dictionary<string, object?>(), null), buffer, TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(5, document.RootElement.GetProperty("nodes").GetArrayLength());
    }
}
