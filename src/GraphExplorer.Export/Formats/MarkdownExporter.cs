using System.Text;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// A markdown report: title, the query and its parameters, the picture as a mermaid diagram (rendered
/// by GitHub, GitLab and most viewers), the query's rows, tables of entities and relationships, and the
/// numbered evidence citations. Every value is escaped: no raw HTML or markdown syntax gets through.
/// </summary>
internal sealed class MarkdownExporter : TextExporter
{
    public override string Format => "markdown";

    public override string ContentType => "text/markdown; charset=utf-8";

    public override string FileExtension => "md";

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken)
    {
        var report = new Report(document);
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Inline(document.Title)).Append("\n\n");
        if (report.GeneratedAt is { } generatedAt)
        {
            md.Append("Generated ").Append(generatedAt).Append(".\n\n");
        }

        AppendQuery(md, document, report);
        md.Append("## Picture\n\n");
        AppendMermaid(md, report.Graph);
        if (report.Result is { } result)
        {
            md.Append("## Result\n\n");
            AppendTable(md, result.Columns, result.Rows);
            foreach (var (header, note) in report.ColumnNotes)
            {
                md.Append("- **").Append(MarkdownText.Inline(header)).Append("**: ").Append(MarkdownText.Inline(note)).Append('\n');
            }

            md.Append(report.ColumnNotes.Count > 0 ? "\n" : "");
        }

        md.Append("## Entities (").Append(report.Entities.Count).Append(")\n\n");
        AppendTable(md, Report.EntityColumns, report.Entities);
        md.Append("## Relationships (").Append(report.Relationships.Count).Append(")\n\n");
        AppendTable(md, [.. Report.RelationshipColumns, "Evidence"], [.. report.Relationships.Select(r => (IReadOnlyList<string>)[.. r.Cells, Refs(r.Citations)])], rawLastColumn: true);
        if (report.CaptionRelationships.Count > 0)
        {
            md.Append("## From photo captions only (").Append(report.CaptionRelationships.Count).Append(")\n\n")
                .Append("A caption says who stood beside whom in a picture; these facts are weaker than reported ones and carry a lower confidence.\n\n");
            AppendTable(md, [.. Report.RelationshipColumns, "Evidence"], [.. report.CaptionRelationships.Select(r => (IReadOnlyList<string>)[.. r.Cells, Refs(r.Citations)])], rawLastColumn: true);
        }

        md.Append("## Evidence\n\n");
        foreach (var c in report.Citations)
        {
            md.Append(c.Number).Append(". ").Append(MarkdownText.Inline(c.ArticleTitle))
                .Append(" (").Append(MarkdownText.Inline(string.Join(", ", new[] { c.Publisher, c.Date, c.ArticleId }.Where(s => s is not null)))).Append("): ")
                .Append(c.IsCaption ? "photo caption: " : "").Append('“')
                .Append(MarkdownText.Inline(c.Sentence)).Append("”\n");
        }

        if (report.Citations.Count == 0)
        {
            md.Append("No evidence cited.\n");
        }

        return Task.FromResult(md.ToString());
    }

    private static string Refs(IReadOnlyList<int> numbers) => string.Join(" ", numbers.Select(n => $"[{n}]"));

    private static void AppendQuery(StringBuilder md, ExportDocument document, Report report)
    {
        md.Append("## Query\n\n");
        md.Append(report.Query is { } query
            ? $"Query **{MarkdownText.Inline(query.Title)}** (`{MarkdownText.Inline(query.Name)}`): {MarkdownText.Inline(query.Description)}"
            : document.QueryName is { } name ? $"Query **{MarkdownText.Inline(name)}**." : "No query: the graph as selected.").Append("\n\n");
        if (report.Parameters.Count > 0)
        {
            AppendTable(md, ["Parameter", "Value"], [.. report.Parameters.Select(p => (IReadOnlyList<string>)[p.Name, p.Value])]);
        }
    }

    private static void AppendMermaid(StringBuilder md, ExportGraph graph)
    {
        if (graph.Nodes.Count == 0)
        {
            md.Append("The graph is empty.\n\n");
            return;
        }

        md.Append("```mermaid\nflowchart LR\n");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var id = ids[node.Id] = $"n{ids.Count + 1}";
            md.Append("  ").Append(id).Append("[\"").Append(MarkdownText.MermaidLabel(node.Name)).Append("\"]\n");
            md.Append("  style ").Append(id).Append(" fill:").Append(Palette.Of(node.Label)).Append('\n');
        }

        foreach (var r in graph.Relationships)
        {
            if (ids.TryGetValue(r.SourceId, out var source) && ids.TryGetValue(r.TargetId, out var target))
            {
                var arrow = ExportGraph.IsSymmetric(r.Type) ? "---" : "-->";
                md.Append("  ").Append(source).Append(' ').Append(arrow).Append("|\"").Append(MarkdownText.MermaidLabel(r.Type)).Append("\"| ").Append(target).Append('\n');
            }
        }

        md.Append("```\n\n");
    }

    private static void AppendTable(StringBuilder md, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, bool rawLastColumn = false)
    {
        md.Append("| ").AppendJoin(" | ", columns.Select(MarkdownText.Inline)).Append(" |\n");
        md.Append('|').AppendJoin('|', columns.Select(_ => " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => rawLastColumn && i == row.Count - 1 ? cell : MarkdownText.Inline(cell));
            md.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }

        md.Append('\n');
    }
}
