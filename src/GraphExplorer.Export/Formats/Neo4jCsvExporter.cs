using System.Globalization;
using System.IO.Compression;
using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// <c>neo4j-csv</c>: neo4j-admin import CSV, as one zip (an export writes one stream): <c>nodes.csv</c> (entities,
/// labels <c>Entity</c> plus the entity label), <c>relationships.csv</c> (the stored relationship shape of
/// GRAPH-SHAPE.md: key, date, placeId, title, allegation, confidence and parallel evidence arrays),
/// <c>articles.csv</c>, and <c>README.txt</c> with the import command. The dialect is described on
/// <see cref="Neo4jCsv"/>. <c>confidence</c> is <c>double</c> because neo4j-admin's <c>float</c> is 32-bit.
/// Zip entries carry <see cref="ExportDocument.GeneratedAt"/> (or 1980-01-01) as their time, so output is reproducible.
/// For a spreadsheet, use the <c>csv</c> format instead.
/// </summary>
internal sealed class Neo4jCsvExporter : IGraphExporter
{
    private static readonly DateTimeOffset NoTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Format => "neo4j-csv";

    public string ContentType => "application/zip";

    public string FileExtension => "zip";

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var graph = new ExportGraph(document.Graph);
        var files = new (string Name, string Text)[]
        {
            (Neo4jCsv.NodesFile, Nodes(graph)),
            (Neo4jCsv.RelationshipsFile, Relationships(graph)),
            (Neo4jCsv.ArticlesFile, Articles(graph)),
            (Neo4jCsv.ReadmeFile, Readme),
        };

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = document.GeneratedAt ?? NoTime;
                using var stream = entry.Open();
                stream.Write(TextExporter.Utf8.GetBytes(text));
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static string Nodes(ExportGraph graph)
    {
        var csv = new StringBuilder(Neo4jCsv.Line(Neo4jCsv.NodeHeader));
        foreach (var node in graph.Nodes)
        {
            csv.Append(Neo4jCsv.Line(
            [
                Neo4jCsv.Text(node.Id),
                Neo4jCsv.Array(["Entity", node.Label], $"The label of node '{node.Id}'"),
                Neo4jCsv.Text(node.Name),
                Neo4jCsv.Array(node.Aliases, $"An alias of node '{node.Id}'"),
                Neo4jCsv.Text(string.Join(" | ", node.Aliases)),
            ]));
        }

        return csv.ToString();
    }

    private static string Relationships(ExportGraph graph)
    {
        var csv = new StringBuilder(Neo4jCsv.Line(Neo4jCsv.RelationshipHeader));
        foreach (var r in graph.Relationships)
        {
            var what = $"The evidence of relationship '{r.Key}'";
            csv.Append(Neo4jCsv.Line(
            [
                Neo4jCsv.Text(r.SourceId),
                Neo4jCsv.Text(r.TargetId),
                Neo4jCsv.Text(r.Type),
                Neo4jCsv.Text(r.Key),
                Neo4jCsv.Bare(r.Date is { } date ? Invariant.Date(date) : null),
                Neo4jCsv.Text(r.PlaceId),
                Neo4jCsv.Text(r.Title),
                Neo4jCsv.Text(r.Allegation),
                Neo4jCsv.Bare(Invariant.Number(r.Confidence)),
                Neo4jCsv.Array([.. r.Evidence.Select(e => e.ArticleId)], what),
                Neo4jCsv.Array([.. r.Evidence.Select(e => e.Sentence)], what),
                Neo4jCsv.Array([.. r.Evidence.Select(e => e.Start.ToString(CultureInfo.InvariantCulture))], what),
                Neo4jCsv.Array([.. r.Evidence.Select(e => e.End.ToString(CultureInfo.InvariantCulture))], what),
                Neo4jCsv.Text(r.Date is null ? null : r.DateKind.Name()),
            ]));
        }

        return csv.ToString();
    }

    private static string Articles(ExportGraph graph)
    {
        var csv = new StringBuilder(Neo4jCsv.Line(Neo4jCsv.ArticleHeader));
        foreach (var a in graph.Articles)
        {
            csv.Append(Neo4jCsv.Line(
            [
                Neo4jCsv.Text(a.Id),
                Neo4jCsv.Text(NodeLabels.Article),
                Neo4jCsv.Text(a.Title),
                Neo4jCsv.Bare(a.Published is { } published ? Invariant.Date(published) : null),
                Neo4jCsv.Text(a.Publisher),
                Neo4jCsv.Text(a.Author),
                Neo4jCsv.Text(a.Source),
            ]));
        }

        return csv.ToString();
    }

    private const string Readme = """
        GraphExplorer export in neo4j-admin import format.

        Unzip, copy the three CSV files into the database's import folder, stop the database, then:

          neo4j-admin database import full neo4j --overwrite-destination \
            --nodes=import/nodes.csv --nodes=import/articles.csv \
            --relationships=import/relationships.csv \
            --array-delimiter=U+001F --multiline-fields=true

        Arrays (aliases, evidence) and the two labels of each entity are separated by U+001F (the unit
        separator) because names and sentences contain ';'. Empty unquoted fields are absent values.
        The ids are in two groups, Entity and Article. Afterwards run schema.cypher for the constraints
        and the full-text index.

        """;
}
