using System.Net;
using GraphExplorer.Api.Tests.Fakes;
using Microsoft.Extensions.Configuration;

namespace GraphExplorer.Api.Tests;

public sealed class HostTests
{
    [Fact]
    public void Serve_listens_on_loopback_port_5080_unless_configured()
    {
        var empty = new ConfigurationBuilder().Build();
        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["QueryService:Urls"] = "http://0.0.0.0:8080" })
            .Build();

        Assert.Equal("http://127.0.0.1:5080", QueryServiceHost.GetUrls(empty));
        Assert.Equal("http://0.0.0.0:8080", QueryServiceHost.GetUrls(configured));
    }

    [Fact]
    public async Task The_service_binds_where_QueryService_Urls_says()
    {
        await using var service = await RunningService.StartAsync();

        Assert.Equal("127.0.0.1", service.Address.Host);
        Assert.NotEqual(0, service.Address.Port);
    }

    [Fact]
    public async Task Health_is_200_when_the_store_answers()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(TestGraph.Create().Nodes.Count, body.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("entities").GetInt32());
        Assert.Contains("GetStatsAsync", service.Store.Calls);
    }

    [Fact]
    public async Task Health_is_503_when_the_store_does_not_answer()
    {
        await using var service = await RunningService.StartAsync(arrange: store => store.StatsFailure = new IOException("database is locked"));

        var (response, body) = await service.GetJsonAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("database is locked", body.GetProperty("checks").GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_route_by_name()
    {
        await using var service = await RunningService.StartAsync();

        var (response, body) = await service.GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("GraphExplorer query service", body.GetProperty("info").GetProperty("title").GetString());
        var paths = body.GetProperty("paths");
        Assert.Equal(
            ["/api/articles/{id}", "/api/curations", "/api/curations/add-alias", "/api/curations/merge", "/api/curations/reject-fact", "/api/curations/rename",
             "/api/curations/split-alias", "/api/curations/{id}/undo", "/api/entities/{id}", "/api/export", "/api/formats", "/api/graph", "/api/queries", "/api/queries/{name}"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var operations = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Select(o => o.Value.GetProperty("operationId").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["AddAlias", "ExportGraph", "GetArticle", "GetEntity", "GetGraphOverview", "ListCurations", "ListExportFormats", "ListQueries", "MergeEntities",
             "RejectFact", "RenameEntity", "RunQuery", "RunQueryWithBody", "SplitAlias", "UndoCuration"],
            operations);
        Assert.True(paths.GetProperty("/api/queries/{name}").TryGetProperty("post", out var post));
        Assert.True(post.TryGetProperty("requestBody", out _));
        Assert.False(string.IsNullOrWhiteSpace(paths.GetProperty("/api/queries").GetProperty("get").GetProperty("summary").GetString()));
    }
}
