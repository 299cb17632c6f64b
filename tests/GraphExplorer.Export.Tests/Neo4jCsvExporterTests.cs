using System.IO.Compression;
using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Import;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class Neo4jCsvExporterTests
{
    [Fact]
    public async Task Reading_the_zip_back_gives_the_same_graph()
    {
        using var zip = new MemoryStream(await Exporting.BytesAsync("neo4j-csv", Exporting.Sample()));

        GraphAssert.Equivalent(SampleGraphs.Sample, CsvImport.Read(zip));
    }

    [Fact]
    public async Task Writes_neo4j_admin_headers_and_labels()
    {
        var files = await FilesAsync(Exporting.Sample());

        Assert.Equal(["nodes.csv", "relationships.csv", "articles.csv", "README.txt"], files.Keys);
        Assert.StartsWith("id:ID(Entity),:LABEL,name,aliases:string[],aliasText\n", files["nodes.csv"], StringComparison.Ordinal);
        Assert.Contains("\"person:rebar-ahmed\",\"Entity\u001FPerson\",\"Rebar Ahmed\",\"Minister Ahmed\"", files["nodes.csv"], StringComparison.Ordinal);
        Assert.StartsWith(
            ":START_ID(Entity),:END_ID(Entity),:TYPE,key,date:date,placeId,title,allegation,confidence:double,"
            + "evidenceArticles:string[],evidenceSentences:string[],evidenceStarts:int[],evidenceEnds:int[],dateKind\n",
            files["relationships.csv"],
            StringComparison.Ordinal);
        Assert.StartsWith("id:ID(Article),:LABEL,title,published:date,publisher,author,source\n", files["articles.csv"], StringComparison.Ordinal);
        Assert.Contains("--array-delimiter=U+001F", files["README.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_holding_the_array_delimiter_is_a_clear_error()
    {
        var graph = new Subgraph([new Entity("person:x", NodeLabels.Person, "X", ["a\u001Fb"])], [], []);

        var error = await Assert.ThrowsAsync<ExportException>(() => Exporting.BytesAsync("neo4j-csv", ExportDocument.ForGraph(graph)));

        Assert.Contains("person:x", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+001F", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_something_else_names_the_problem()
    {
        using var notZip = new MemoryStream(Encoding.UTF8.GetBytes("id,name\n"));
        Assert.Contains("not a zip", Assert.Throws<FormatException>(() => CsvImport.Read(notZip)).Message, StringComparison.Ordinal);

        using var wrongHeader = new MemoryStream();
        using (var zip = new ZipArchive(wrongHeader, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("nodes.csv").Open());
            writer.Write("id,name\n");
        }

        wrongHeader.Position = 0;
        Assert.Contains("nodes.csv: the header", Assert.Throws<FormatException>(() => CsvImport.Read(wrongHeader)).Message, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> FilesAsync(ExportDocument document)
    {
        using var zip = new ZipArchive(new MemoryStream(await Exporting.BytesAsync("neo4j-csv", document)), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
