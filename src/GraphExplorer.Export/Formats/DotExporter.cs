using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// Graphviz DOT: one box per entity filled by its label's colour (see <see cref="Palette"/>), names wrapped so
/// that the picture stays narrow enough to print legibly, edges captioned by type with the role title or the
/// allegation and the date, symmetric types drawn without arrows, facts read only from photo captions dashed,
/// the entities the query asked about (the centre of an ego network) outlined in bold, and a one-line legend.
/// Entities without any fact are not drawn when the graph has facts (they would fill the picture with a column
/// of loose boxes); the label says how many were left out. A graph without facts is drawn as a grid.
/// Render with <c>dot -Tsvg</c> (the <c>svg</c> format does).
/// </summary>
internal sealed class DotExporter : TextExporter
{
    /// <summary>Characters per line of a node's name before it wraps.</summary>
    public const int NameWidth = 14;

    /// <summary>Characters per line of an edge's role title or allegation before it wraps, and most shown.</summary>
    public const int DetailWidth = 18;

    public const int MaxDetailLength = 60;

    public override string Format => "dot";

    public override string ContentType => "text/vnd.graphviz; charset=utf-8";

    public override string FileExtension => "dot";

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(Render(document));

    /// <summary>The DOT text of a document; shared with the svg and html formats.</summary>
    public static string Render(ExportDocument document)
    {
        var graph = new ExportGraph(document);
        var subjects = QuerySubjects.Ids(document, graph.Nodes);
        var linked = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet(StringComparer.Ordinal);
        var drawn = graph.Relationships.Count == 0 ? graph.Nodes : [.. graph.Nodes.Where(n => linked.Contains(n.Id) || subjects.Contains(n.Id))];
        var undrawn = graph.Nodes.Count - drawn.Count;
        var note = undrawn == 0 ? null : $"{undrawn} {(undrawn == 1 ? "entity" : "entities")} without facts not drawn (listed in reports)";
        var dot = new StringBuilder()
            .Append("digraph graphexplorer {\n")
            .Append("  graph [label=").Append(Heading(document.Title, note, drawn, subjects.Count > 0, graph.Relationships.Any(ExportGraph.IsFromCaptionsOnly)))
            .Append(", labelloc=t, fontname=\"Helvetica\", fontsize=16, rankdir=LR, nodesep=0.15, ranksep=0.25];\n")
            .Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=12, color=\"#555555\"];\n")
            .Append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#555555\"];\n");
        foreach (var node in drawn)
        {
            dot.Append("  ").Append(DotText.Id(node.Id))
                .Append(" [label=").Append(DotText.Label(Wrap(node.Name, NameWidth)))
                .Append(", fillcolor=\"").Append(Palette.Of(node.Label)).Append('"')
                .Append(", tooltip=").Append(DotText.Label($"{node.Label}: {node.Name}"));
            if (subjects.Contains(node.Id))
            {
                dot.Append(", penwidth=3, color=\"#000000\", fontname=\"Helvetica-Bold\"");
            }

            dot.Append("];\n");
        }

        foreach (var r in graph.Relationships)
        {
            dot.Append("  ").Append(DotText.Id(r.SourceId)).Append(" -> ").Append(DotText.Id(r.TargetId))
                .Append(" [label=").Append(DotText.Label(Caption(r)));
            if (ExportGraph.IsSymmetric(r.Type))
            {
                dot.Append(", dir=none");
            }

            if (ExportGraph.IsFromCaptionsOnly(r))
            {
                dot.Append(", style=dashed");
            }

            dot.Append("];\n");
        }

        if (graph.Relationships.Count == 0)
        {
            AppendGrid(dot, drawn);
        }

        return dot.Append("}\n").ToString();
    }

    /// <summary>The words of <paramref name="text"/> in lines of at most <paramref name="width"/> characters (a longer word keeps a line of its own).</summary>
    internal static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join('\n', lines);
    }

    // The type, then what the fact says beyond its ends (the role held, the allegation made), then the date.
    private static string Caption(Relationship r)
    {
        var lines = new List<string> { r.Type };
        if ((r.Title ?? r.Allegation) is { Length: > 0 } detail)
        {
            lines.Add(Wrap(detail.Length <= MaxDetailLength ? detail : detail[..(MaxDetailLength - 1)].TrimEnd() + "…", DetailWidth));
        }

        if (r.Date is { } date)
        {
            lines.Add(r.DateKind == DateKind.Reported ? $"reported {Invariant.Date(date)}" : Invariant.Date(date));
        }

        return string.Join('\n', lines);
    }

    // Rows of about √n boxes joined by invisible edges, so that a graph without facts is drawn as a block, not a column.
    private static void AppendGrid(StringBuilder dot, IReadOnlyList<Entity> nodes)
    {
        var perRow = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(nodes.Count)));
        for (var start = 0; start + 1 < nodes.Count; start += perRow)
        {
            var row = nodes.Skip(start).Take(perRow).ToList();
            if (row.Count > 1)
            {
                dot.Append("  ").AppendJoin(" -> ", row.Select(n => DotText.Id(n.Id))).Append(" [style=invis];\n");
            }
        }
    }

    // The title over a one-row legend (a coloured cell per label drawn, then what a bold outline and a dashed
    // edge mean when the picture has them), as the graph's label: above the drawing, outside its ranks, so
    // the legend never widens or lengthens the layout.
    private static string Heading(string title, string? note, IReadOnlyList<Entity> nodes, bool hasSubjects, bool hasCaptionFacts)
    {
        var labels = nodes.Select(n => n.Label).Distinct().OrderBy(l => NodeLabels.All.ToList().IndexOf(l)).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var cells = new StringBuilder();
        foreach (var label in labels)
        {
            cells.Append("<TD BGCOLOR=\"").Append(Palette.Of(label)).Append("\"><FONT POINT-SIZE=\"10\">").Append(HtmlLabel(label)).Append("</FONT></TD>");
        }

        if (hasSubjects)
        {
            cells.Append("<TD BORDER=\"3\"><FONT POINT-SIZE=\"10\"><B>asked about</B></FONT></TD>");
        }

        if (hasCaptionFacts)
        {
            cells.Append("<TD STYLE=\"dashed\"><FONT POINT-SIZE=\"10\">dashed edge: from a photo caption only</FONT></TD>");
        }

        var heading = new StringBuilder("<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">")
            .Append("<TR><TD>").Append(HtmlLabel(title)).Append("</TD></TR>");
        if (note is not null)
        {
            heading.Append("<TR><TD><FONT POINT-SIZE=\"11\">").Append(HtmlLabel(note)).Append("</FONT></TD></TR>");
        }

        if (cells.Length > 0)
        {
            heading.Append("<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>")
                .Append(cells).Append("</TR></TABLE></TD></TR>");
        }

        return heading.Append("</TABLE>>").ToString();
    }

    // Text inside a Graphviz HTML-like label: the markup characters as entities, control characters dropped.
    private static string HtmlLabel(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\n': builder.Append("<BR/>"); break;
                default:
                    if (Chars.IsWritable(text, i))
                    {
                        builder.Append(text[i]);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
