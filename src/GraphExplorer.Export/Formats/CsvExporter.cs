using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// <c>csv</c>: the facts as one spreadsheet, one row per evidence sentence, so that every row can be filtered,
/// sorted and cited on its own: the relationship in words (source, type, target, each entity's label), its
/// date, place, role title or allegation and confidence, whether the sentence is a photo caption, then the
/// article's title, date and publisher, the sentence, and the ids that tie the row back to the graph.
/// A fact stated by three sentences is three rows. Entities are in the <c>entities-csv</c> format; the
/// dialect is <see cref="SpreadsheetCsv"/> (UTF-8 with BOM, quoted as needed, CRLF).
/// </summary>
internal sealed class CsvExporter : TextExporter
{
    public static readonly string[] Header =
    [
        "Source", "Source label", "Relationship", "Target", "Target label", "Date", "Date kind", "Place", "Role title", "Allegation", "Confidence",
        "Photo caption", "Article title", "Article date", "Publisher", "Evidence sentence", "Article id", "Source id", "Target id", "Relationship key",
    ];

    public override string Format => "csv";

    public override string ContentType => "text/csv; charset=utf-8";

    public override string FileExtension => "csv";

    protected override System.Text.Encoding Encoding => SpreadsheetCsv.Utf8WithBom;

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        var graph = new ExportGraph(document);
        var rows = graph.Relationships.SelectMany(r => r.Evidence.Select(e =>
        {
            var article = graph.Article(e.ArticleId);
            return (IReadOnlyList<string>)
            [
                graph.NameOf(r.SourceId), graph.Node(r.SourceId)?.Label ?? "", r.Type, graph.NameOf(r.TargetId), graph.Node(r.TargetId)?.Label ?? "",
                r.Date is { } date ? Invariant.Date(date) : "", r.Date is null ? "" : r.DateKind.Name(), r.PlaceId is { } place ? graph.NameOf(place) : "",
                r.Title ?? "", r.Allegation ?? "", Invariant.Number(r.Confidence),
                PhotoCaption.IsCaption(e.Sentence) ? "yes" : "no",
                article?.Title ?? "", article?.Published is { } published ? Invariant.Date(published) : "", article?.Publisher ?? "",
                e.Sentence, e.ArticleId, r.SourceId, r.TargetId, r.Key,
            ];
        }));
        return Task.FromResult(SpreadsheetCsv.Document(Header, rows));
    }
}
