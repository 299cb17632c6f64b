using System.Collections;
using System.Globalization;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GraphExplorer.Cli.Output;

/// <summary>
/// Renders a query result for a person at a terminal: columns named in words, articles by title, evidence
/// given the width, machine-only columns (edge keys, offsets) left to <c>--json</c>. A table when the short
/// columns leave the evidence room to be read (<see cref="MinEvidenceWidth"/> columns); otherwise one block per
/// row, label beside value, so that a sentence wraps across the terminal instead of one word per line.
/// </summary>
internal static class ResultTable
{
    /// <summary>The narrowest evidence column a table may give a sentence.</summary>
    public const int MinEvidenceWidth = 48;

    /// <summary>The widest a name or other short column grows in a table before it wraps.</summary>
    public const int MaxPlainWidth = 28;

    /// <summary>The widest an article title is shown before it is cut with "…".</summary>
    public const int MaxTitleWidth = 40;

    /// <summary>The longest evidence sentence shown whole; longer ones are cut with "…" (<c>--json</c> has them all).</summary>
    public const int MaxSentenceLength = 320;

    /// <summary>Evidence sentences shown per row; the rest are counted.</summary>
    public const int MaxSentences = 3;

    /// <summary>What the rows and the caption line look like, given the terminal's width.</summary>
    public static IRenderable Render(QueryResult result, IReadOnlyDictionary<string, string> articleTitles, int width)
    {
        var columns = Layout(result, articleTitles, width);
        var caption = $"{result.Query}: {Rows(result.Rows.Count)}; subgraph of {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships (--json for everything)";
        if (result.Rows.Count == 0)
        {
            var given = result.Arguments.Where(a => a.Value is not null && !IsDefault(result.Query, a.Key, a.Value)).Select(a => $"{a.Key}={Format(a.Value)}").ToList();
            return new Text($"{result.Query}: no rows{(given.Count > 0 ? " for " + string.Join(", ", given) : "")}.");
        }

        var notes = Notes(result, columns);
        IRenderable rows = columns.AsTable ? Table(result, columns, caption) : Records(result, columns, caption);
        return notes.Count == 0 ? rows : new Rows([rows, .. notes]);
    }

    // What the columns whose meaning is not plain from their name mean (the query's "column:" header lines).
    private static List<IRenderable> Notes(QueryResult result, ColumnLayout layout)
    {
        if (!QueryCatalog.Default.TryGet(result.Query, out var definition))
        {
            return [];
        }

        return
        [
            .. layout.Visible.Select(c => result.Columns[c.Index])
                .Where(definition.ColumnNotes.ContainsKey)
                .Select(column => (IRenderable)new Text($"{ResultColumns.Header(column)}: {definition.ColumnNotes[column]}", new Style(Color.Grey))),
        ];
    }

    /// <summary>A cell's text: lists joined one per line, numbers invariant, null empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        double number => number.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("\n", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };

    private static string Rows(int count) => count == 1 ? "1 row" : $"{count} rows";

    private static bool IsDefault(string query, string parameter, object? value) =>
        QueryCatalog.Default.TryGet(query, out var definition)
        && definition.Parameters.FirstOrDefault(p => p.Name == parameter) is { Default: { } fallback }
        && Equals(fallback, value);

    private static Table Table(QueryResult result, ColumnLayout layout, string caption)
    {
        var table = new Table { Border = TableBorder.Rounded, Expand = false, Caption = new TableTitle(Markup.Escape(caption)) };
        foreach (var column in layout.Visible)
        {
            table.AddColumn(new TableColumn(Markup.Escape(ResultColumns.Header(result.Columns[column.Index]))) { Width = column.Width });
        }

        foreach (var row in result.Rows)
        {
            table.AddRow([.. layout.Visible.Select(column => (IRenderable)new Text(Cell(row[column.Index], column, layout)))]);
        }

        return table;
    }

    private static Rows Records(QueryResult result, ColumnLayout layout, string caption)
    {
        var labelWidth = layout.Visible.Max(c => ResultColumns.Header(result.Columns[c.Index]).Length);
        var valueWidth = Math.Max(20, layout.Width - labelWidth - 2);
        var blocks = new List<IRenderable>();
        for (var i = 0; i < result.Rows.Count; i++)
        {
            blocks.Add(new Rule($"[grey]{i + 1} of {result.Rows.Count}[/]") { Justification = Justify.Left, Style = new Style(Color.Grey) });
            var grid = new Grid().AddColumn(new GridColumn { NoWrap = true, Width = labelWidth, Padding = new Padding(0, 0, 2, 0) }).AddColumn(new GridColumn { Width = valueWidth });
            foreach (var column in layout.Visible)
            {
                var text = Cell(result.Rows[i][column.Index], column with { Width = column.Role == ColumnRole.Articles ? valueWidth : column.Width }, layout);
                if (text.Length > 0)
                {
                    grid.AddRow(new Text(ResultColumns.Header(result.Columns[column.Index]), new Style(Color.Grey)), new Text(text));
                }
            }

            blocks.Add(grid);
        }

        blocks.Add(new Text(caption, new Style(Color.Grey)));
        return new Rows(blocks);
    }

    private static string Cell(object? value, Column column, ColumnLayout layout) => column.Role switch
    {
        ColumnRole.Articles => string.Join("\n", Values(value).Distinct(StringComparer.Ordinal)
            .Select(id => Cut(layout.Titles.TryGetValue(id, out var title) ? title : id, column.Width ?? MaxTitleWidth))),
        ColumnRole.Evidence => Evidence(Values(value).ToList()),
        _ => Format(value),
    };

    // Each sentence whole up to a bound, a caption said to be one, a blank line between sentences.
    private static string Evidence(List<string> sentences)
    {
        var shown = sentences.Take(MaxSentences).Select(s => (PhotoCaption.IsCaption(s) ? "[photo caption] " : "") + Cut(s, MaxSentenceLength));
        var text = string.Join("\n\n", shown);
        return sentences.Count > MaxSentences ? $"{text}\n\n(+{sentences.Count - MaxSentences} more)" : text;
    }

    private static IEnumerable<string> Values(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable items => items.Cast<object?>().Select(Format),
        _ => [Format(value)],
    };

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..Math.Max(1, width - 1)].TrimEnd() + "…";

    private static ColumnLayout Layout(QueryResult result, IReadOnlyDictionary<string, string> titles, int width)
    {
        var names = result.Columns;
        var layout = new ColumnLayout(width, titles);
        for (var i = 0; i < names.Count; i++)
        {
            var role = RoleOf(names[i], names);
            if (role == ColumnRole.Hidden)
            {
                continue;
            }

            var cap = role == ColumnRole.Articles ? MaxTitleWidth : MaxPlainWidth;
            var column = new Column(i, role, null);
            // A header wraps between its words, so a column needs its longest cell line and its longest header word.
            var natural = result.Rows.Select(row => Longest(Cell(row[i], column with { Width = cap }, layout)))
                .Append(ResultColumns.Header(names[i]).Split(' ').Max(w => w.Length)).Max();
            layout.Visible.Add(column with { Width = role == ColumnRole.Evidence ? null : Math.Min(natural, cap) });
        }

        // Rounded borders: one bar before each column and after the last, one space of padding on each side.
        var borders = (3 * layout.Visible.Count) + 1;
        var evidence = layout.Visible.FindIndex(c => c.Role == ColumnRole.Evidence);
        Shrink(layout.Visible, width - borders - (evidence < 0 ? 0 : MinEvidenceWidth));
        if (evidence < 0)
        {
            layout.AsTable = true;
            return layout;
        }

        var room = width - borders - layout.Visible.Where(c => c.Role != ColumnRole.Evidence).Sum(c => c.Width!.Value);
        layout.AsTable = room >= MinEvidenceWidth;
        layout.Visible[evidence] = layout.Visible[evidence] with { Width = Math.Max(room, MinEvidenceWidth) };
        return layout;
    }

    /// <summary>The narrowest a column is squeezed to when the table is too wide: names and other short values wrap.</summary>
    public const int MinSqueezedWidth = 10;

    /// <summary>The narrowest an article title column is squeezed to: titles are cut, and a shorter cut says too little.</summary>
    public const int MinSqueezedTitleWidth = 24;

    // Narrows the widest columns one character at a time until the sized columns fit the budget or none can give more.
    private static void Shrink(List<Column> columns, int budget)
    {
        while (columns.Where(c => c.Width is not null).Sum(c => c.Width!.Value) > budget)
        {
            var widest = columns.Select((c, i) => (c, i))
                .Where(x => x.c.Width > (x.c.Role == ColumnRole.Articles ? MinSqueezedTitleWidth : MinSqueezedWidth))
                .OrderByDescending(x => x.c.Width).Select(x => (int?)x.i).FirstOrDefault();
            if (widest is not { } index)
            {
                return;
            }

            columns[index] = columns[index] with { Width = columns[index].Width - 1 };
        }
    }

    private static int Longest(string text) => text.Split('\n').Max(line => line.Length);

    private static ColumnRole RoleOf(string column, IReadOnlyList<string> columns) =>
        ResultColumns.HoldsEvidence(column) ? ColumnRole.Evidence
        : ResultColumns.HoldsArticleIds(column) ? ColumnRole.Articles
        : ResultColumns.IsForMachines(column, columns) ? ColumnRole.Hidden
        : ColumnRole.Plain;

    private enum ColumnRole
    {
        Plain,
        Articles,
        Evidence,
        Hidden,
    }

    private sealed record Column(int Index, ColumnRole Role, int? Width);

    private sealed class ColumnLayout(int width, IReadOnlyDictionary<string, string> titles)
    {
        public int Width { get; } = width;

        public IReadOnlyDictionary<string, string> Titles { get; } = titles;

        public List<Column> Visible { get; } = [];

        public bool AsTable { get; set; }
    }
}
