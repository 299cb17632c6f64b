using System.Collections;
using System.Globalization;
using GraphExplorer.Core.Queries;
using Spectre.Console;

namespace GraphExplorer.Cli.Output;

/// <summary>Renders a query result as a Spectre.Console table.</summary>
internal static class ResultTable
{
    public static Table Render(QueryResult result)
    {
        var table = new Table { Border = TableBorder.Rounded, Expand = false };
        foreach (var column in result.Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(value => (Spectre.Console.Rendering.IRenderable)new Text(Shorten(Format(value)))).ToArray());
        }

        table.Caption = new TableTitle(
            $"{result.Query}: {result.Rows.Count} rows; subgraph of {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships (--json for full text)");
        return table;
    }

    // A table is the overview; whole sentences and long lists are in --json.
    private const int MaxCellLength = 140;

    private static string Shorten(string text) => text.Length <= MaxCellLength ? text : text[..(MaxCellLength - 1)] + "…";

    /// <summary>A cell's text: lists joined one per line, numbers invariant, null empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        double number => number.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("\n", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };
}
