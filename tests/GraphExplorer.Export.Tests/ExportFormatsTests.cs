using GraphExplorer.Core.Model;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class ExportFormatsTests
{
    public static TheoryData<string> PureFormats => [.. ExportFormats.Names.Where(n => n is not ("svg" or "html"))];

    [Fact]
    public void Lists_every_format_once_with_content_type_and_extension()
    {
        Assert.Equal(["json", "cytoscape", "graphml", "gexf", "csv", "entities-csv", "neo4j-csv", "cypher", "dot", "svg", "markdown", "html"], ExportFormats.Names);
        Assert.All(ExportFormats.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.ContentType));
            Assert.DoesNotContain('.', e.FileExtension);
        });
    }

    [Fact]
    public void Finds_a_format_case_insensitively_and_names_the_known_ones_when_it_cannot()
    {
        Assert.Equal("graphml", ExportFormats.Get(" GraphML ").Format);

        var error = Assert.Throws<ArgumentException>(() => ExportFormats.Get("xlsx"));

        Assert.Contains("'xlsx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("json, cytoscape, graphml, gexf, csv, entities-csv, neo4j-csv, cypher, dot, svg, markdown, html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PureFormats))]
    public async Task Writes_the_same_bytes_every_time_and_handles_an_empty_graph(string format)
    {
        var document = Exporting.Sample() with { GeneratedAt = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero) };

        var first = await Exporting.BytesAsync(format, document);
        var second = await Exporting.BytesAsync(format, document);
        var empty = await Exporting.BytesAsync(format, ExportDocument.ForGraph(Subgraph.Empty));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.NotEmpty(empty);
    }

    [Fact]
    public async Task Leaves_the_output_stream_open()
    {
        foreach (var format in PureFormats)
        {
            using var output = new MemoryStream();
            await ExportFormats.Get(format).WriteAsync(Exporting.Sample(), output, TestContext.Current.CancellationToken);
            Assert.True(output.CanWrite, format);
        }
    }
}
