using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// <c>entities-csv</c>: the entities as one spreadsheet, one row each: name, label, aliases (joined by " | "),
/// how many facts it takes part in, and its id. Its companion <c>csv</c> holds the facts; the dialect is
/// <see cref="SpreadsheetCsv"/> (UTF-8 with BOM, quoted as needed, CRLF).
/// </summary>
internal sealed class EntitiesCsvExporter : TextExporter
{
    public static readonly string[] Header = ["Name", "Label", "Aliases", "Facts", "Id"];

    public override string Format => "entities-csv";

    public override string ContentType => "text/csv; charset=utf-8";

    public override string FileExtension => "csv";

    protected override System.Text.Encoding Encoding => SpreadsheetCsv.Utf8WithBom;

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        var graph = new ExportGraph(document);
        var facts = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).CountBy(id => id).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var rows = graph.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => (IReadOnlyList<string>)
        [
            n.Name, n.Label, GraphAttributes.Aliases(n), facts.GetValueOrDefault(n.Id).ToString(System.Globalization.CultureInfo.InvariantCulture), n.Id,
        ]);
        return Task.FromResult(SpreadsheetCsv.Document(Header, rows));
    }
}
