using System.Text;
using GraphExplorer.Export.Formatting;
using GraphExplorer.Export.Graphviz;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// A self-contained HTML report (one file, inline CSS, no scripts, no external references): title, the
/// query and its parameters, the picture as inline SVG when Graphviz is installed (a note otherwise),
/// the query's rows, tables of entities and relationships with links to numbered evidence citations.
/// Every value is HTML-escaped; the markup is also well-formed XML, so it can be checked by a parser.
/// </summary>
internal sealed class HtmlExporter(IGraphvizRenderer renderer) : TextExporter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #222; padding: 0 1rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { border: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
        th { background: #f3f3f3; }
        .picture svg { max-width: 100%; height: auto; }
        dl.notes { font-size: 0.85rem; color: #444; } dl.notes dt { font-weight: 600; } dl.notes dd { margin: 0 0 0.4rem 1rem; }
        @media print { body { margin: 0; max-width: none; } .picture { break-inside: avoid; } h2 { break-after: avoid; } }
        .note { color: #8a5a00; background: #fff6e0; padding: 0.5rem; }
        .meta { color: #666; }
        ol.citations li { margin-bottom: 0.4rem; white-space: pre-wrap; }
        """;

    public override string Format => "html";

    public override string ContentType => "text/html; charset=utf-8";

    public override string FileExtension => "html";

    public override async Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        var report = new Report(document);
        var picture = await renderer.RenderSvgAsync(DotExporter.Render(document), cancellationToken);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>").Append(HtmlText.Escape(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(HtmlText.Escape(document.Title)).Append("</h1>\n");
        if (report.GeneratedAt is { } generatedAt)
        {
            html.Append("<p class=\"meta\">Generated ").Append(generatedAt).Append(".</p>\n");
        }

        AppendQuery(html, document, report);
        html.Append("<h2>Picture</h2>\n<div class=\"picture\">\n");
        html.Append(picture is null
            ? $"<p class=\"note\">{HtmlText.Escape(SvgExporter.MissingGraphviz)}</p>\n"
            : HtmlText.SvgElement(picture.Svg));
        html.Append("</div>\n");
        if (report.Result is { } result)
        {
            html.Append("<h2>Result</h2>\n");
            AppendTable(html, result.Columns, result.Rows.Select(row => row.Select(HtmlText.Escape)));
            if (report.ColumnNotes.Count > 0)
            {
                html.Append("<dl class=\"notes\">\n");
                foreach (var (header, note) in report.ColumnNotes)
                {
                    html.Append("<dt>").Append(HtmlText.Escape(header)).Append("</dt><dd>").Append(HtmlText.Escape(note)).Append("</dd>\n");
                }

                html.Append("</dl>\n");
            }
        }

        html.Append("<h2>Entities (").Append(report.Entities.Count).Append(")</h2>\n");
        AppendTable(html, Report.EntityColumns, report.Entities.Select(row => row.Select(HtmlText.Escape)));
        html.Append("<h2>Relationships (").Append(report.Relationships.Count).Append(")</h2>\n");
        AppendTable(html, [.. Report.RelationshipColumns, "Evidence"], report.Relationships.Select(r => r.Cells.Select(HtmlText.Escape).Append(Links(r.Citations))));
        if (report.CaptionRelationships.Count > 0)
        {
            html.Append("<h2>From photo captions only (").Append(report.CaptionRelationships.Count).Append(")</h2>\n")
                .Append("<p class=\"meta\">A caption says who stood beside whom in a picture; these facts are weaker than reported ones and carry a lower confidence.</p>\n");
            AppendTable(html, [.. Report.RelationshipColumns, "Evidence"], report.CaptionRelationships.Select(r => r.Cells.Select(HtmlText.Escape).Append(Links(r.Citations))));
        }
        AppendCitations(html, report);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Links(IReadOnlyList<int> numbers) => string.Join(" ", numbers.Select(n => $"<a href=\"#cite-{n}\">[{n}]</a>"));

    private static void AppendQuery(StringBuilder html, ExportDocument document, Report report)
    {
        html.Append("<h2>Query</h2>\n<p>")
            .Append(report.Query is { } query
                ? $"Query <strong>{HtmlText.Escape(query.Title)}</strong> (<code>{HtmlText.Escape(query.Name)}</code>): {HtmlText.Escape(query.Description)}"
                : document.QueryName is { } name ? $"Query <strong>{HtmlText.Escape(name)}</strong>." : "No query: the graph as selected.")
            .Append("</p>\n");
        if (report.Parameters.Count > 0)
        {
            AppendTable(html, ["Parameter", "Value"], report.Parameters.Select(p => new[] { HtmlText.Escape(p.Name), HtmlText.Escape(p.Value) }));
        }
    }

    private static void AppendCitations(StringBuilder html, Report report)
    {
        html.Append("<h2>Evidence</h2>\n");
        if (report.Citations.Count == 0)
        {
            html.Append("<p>No evidence cited.</p>\n");
            return;
        }

        html.Append("<ol class=\"citations\">\n");
        foreach (var c in report.Citations)
        {
            var source = string.Join(", ", new[] { c.Publisher, c.Date, c.ArticleId }.Where(s => s is not null));
            html.Append("<li id=\"cite-").Append(c.Number).Append("\"><cite>").Append(HtmlText.Escape(c.ArticleTitle)).Append("</cite> (")
                .Append(HtmlText.Escape(source)).Append("): ").Append(c.IsCaption ? "photo caption: " : "").Append("<q>").Append(HtmlText.Escape(c.Sentence)).Append("</q></li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>A table whose cells are already HTML.</summary>
    private static void AppendTable(StringBuilder html, IEnumerable<string> columns, IEnumerable<IEnumerable<string>> rows)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(HtmlText.Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
