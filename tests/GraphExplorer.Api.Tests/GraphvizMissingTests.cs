using System.Net;

namespace GraphExplorer.Api.Tests;

/// <summary>
/// The svg format on a server without Graphviz: a problem document that says what is missing, not a 500.
/// Graphviz is made missing by pointing GRAPHVIZ_DOT at a program that does not exist; the variable is
/// process-wide, so these tests run alone.
/// </summary>
[Collection(nameof(GraphvizMissingTests))]
[CollectionDefinition(nameof(GraphvizMissingTests), DisableParallelization = true)]
public sealed class GraphvizMissingTests
{
    [Theory]
    [InlineData("/api/export?format=svg")]
    [InlineData("/api/queries/ego-network?entity=Ada%20Example&format=svg")]
    public async Task Svg_without_graphviz_is_a_501_problem_naming_graphviz(string route)
    {
        var before = Environment.GetEnvironmentVariable("GRAPHVIZ_DOT");
        Environment.SetEnvironmentVariable("GRAPHVIZ_DOT", "/nonexistent/graphviz/bin/dot");
        try
        {
            await using var service = await RunningService.StartAsync();

            var (response, body) = await service.GetJsonAsync(route);

            ProblemAssert.IsProblem(response, body, HttpStatusCode.NotImplemented);
            Assert.Equal("Graphviz", body.GetProperty("missingTool").GetString());
            Assert.Contains("Graphviz is not installed", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GRAPHVIZ_DOT", before);
        }
    }
}
