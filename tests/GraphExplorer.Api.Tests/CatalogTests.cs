using System.Globalization;
using System.Net;
using System.Text.Json;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Tests;

public sealed class CatalogTests
{
    [Fact]
    public async Task Lists_every_query_of_the_default_catalog_with_its_parameter_schemas()
    {
        await using var service = await RunningService.StartAsync(catalog: QueryCatalog.Default);

        var (response, body) = await service.GetJsonAsync("/api/queries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = body.EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!);
        Assert.Equal(QueryCatalog.Default.All.Select(q => q.Name).Order(), listed.Keys.Order());
        Assert.NotEmpty(listed);
        foreach (var query in QueryCatalog.Default.All)
        {
            var item = listed[query.Name];
            Assert.Equal(query.Description, item.GetProperty("description").GetString());
            Assert.Equal(query.Returns, item.GetProperty("returns").GetString());
            var parameters = item.GetProperty("parameters").EnumerateArray().ToList();
            Assert.Equal(query.Parameters.Select(p => p.Name), parameters.Select(p => p.GetProperty("name").GetString()));
            foreach (var (declared, schema) in query.Parameters.Zip(parameters))
            {
                Assert.Equal(JsonNamingPolicyName(declared.Kind), schema.GetProperty("kind").GetString());
                Assert.Equal(declared.Required, schema.GetProperty("required").GetBoolean());
                Assert.Equal(declared.Description, schema.GetProperty("description").GetString());
                Assert.Equal(declared.Min, Number(schema.GetProperty("min")));
                Assert.Equal(declared.Max, Number(schema.GetProperty("max")));
                Assert.Equal(declared.Default is null, schema.GetProperty("default").ValueKind == JsonValueKind.Null);
            }
        }
    }

    [Fact]
    public async Task A_schema_gives_kind_default_bounds_and_the_allowed_edge_types()
    {
        await using var service = await RunningService.StartAsync();

        var (_, body) = await service.GetJsonAsync("/api/queries");

        var ego = body.EnumerateArray().Single(q => q.GetProperty("name").GetString() == "ego-network");
        var parameters = ego.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        var entity = parameters["entity"];
        Assert.Equal("entity", entity.GetProperty("kind").GetString());
        Assert.True(entity.GetProperty("required").GetBoolean());
        var depth = parameters["depth"];
        Assert.Equal("int", depth.GetProperty("kind").GetString());
        Assert.False(depth.GetProperty("required").GetBoolean());
        Assert.Equal(1, depth.GetProperty("default").GetInt64());
        Assert.Equal(1, depth.GetProperty("min").GetDouble());
        Assert.Equal(3, depth.GetProperty("max").GetDouble());
        Assert.Equal("edgeTypes", parameters["edgeTypes"].GetProperty("kind").GetString());
        Assert.Contains("MET_WITH", parameters["edgeTypes"].GetProperty("allowed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, depth.GetProperty("allowed").ValueKind);
    }

    private static double? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    private static string JsonNamingPolicyName(ParameterKind kind)
    {
        var name = kind.ToString();
        return char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
    }
}
