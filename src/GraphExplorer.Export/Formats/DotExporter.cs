using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// Graphviz DOT: one box per entity filled by its label's colour (see <see cref="Palette"/>), edges
/// captioned by type (and date when known), symmetric types drawn without arrows, a legend of the
/// labels present. Render with <c>dot -Tsvg</c> (the <c>svg</c> format does).
/// </summary>
internal sealed class DotExporter : TextExporter
{
    public override string Format => "dot";

    public override string ContentType => "text/vnd.graphviz; charset=utf-8";

    public override string FileExtension => "dot";

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(Render(document));

    /// <summary>The DOT text of a document; shared with the svg and html formats.</summary>
    public static string Render(ExportDocument document)
    {
        var graph = new ExportGraph(document.Graph);
        var dot = new StringBuilder()
            .Append("digraph graphexplorer {\n")
            .Append("  graph [label=").Append(DotText.Label(document.Title)).Append(", labelloc=t, fontname=\"Helvetica\", fontsize=14, rankdir=LR];\n")
            .Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, color=\"#555555\"];\n")
            .Append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
        foreach (var node in graph.Nodes)
        {
            dot.Append("  ").Append(DotText.Id(node.Id))
                .Append(" [label=").Append(DotText.Label(node.Name))
                .Append(", fillcolor=\"").Append(Palette.Of(node.Label)).Append('"')
                .Append(", tooltip=").Append(DotText.Label($"{node.Label}: {node.Name}"))
                .Append("];\n");
        }

        foreach (var r in graph.Relationships)
        {
            var caption = r.Date is { } date ? $"{r.Type}\n{Invariant.Date(date)}" : r.Type;
            dot.Append("  ").Append(DotText.Id(r.SourceId)).Append(" -> ").Append(DotText.Id(r.TargetId))
                .Append(" [label=").Append(DotText.Label(caption));
            if (ExportGraph.IsSymmetric(r.Type))
            {
                dot.Append(", dir=none");
            }

            dot.Append("];\n");
        }

        AppendLegend(dot, graph);
        return dot.Append("}\n").ToString();
    }

    private static void AppendLegend(StringBuilder dot, ExportGraph graph)
    {
        var labels = graph.Nodes.Select(n => n.Label).Distinct().OrderBy(l => NodeLabels.All.ToList().IndexOf(l)).ThenBy(l => l, StringComparer.Ordinal).ToList();
        if (labels.Count == 0)
        {
            return;
        }

        dot.Append("  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=10; color=\"#BBBBBB\";\n");
        for (var i = 0; i < labels.Count; i++)
        {
            dot.Append("    ").Append(DotText.Id($"legend:{i}"))
                .Append(" [label=").Append(DotText.Label(labels[i]))
                .Append(", fillcolor=\"").Append(Palette.Of(labels[i])).Append("\", fontsize=9];\n");
        }

        dot.Append("  }\n");
    }
}
