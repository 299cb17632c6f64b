using GraphExplorer.Export.Formats;
using GraphExplorer.Export.Graphviz;

namespace GraphExplorer.Export;

/// <summary>
/// The registry of export formats. Adding a format is one file under <c>Formats/</c> plus one line here.
/// </summary>
public static class ExportFormats
{
    /// <summary>Every format, in the order shown in help texts.</summary>
    public static IReadOnlyList<IGraphExporter> All { get; } =
    [
        new JsonExporter(),
        new CytoscapeExporter(),
        new GraphMlExporter(),
        new GexfExporter(),
        new CsvExporter(),
        new CypherExporter(),
        new DotExporter(),
        new SvgExporter(GraphvizProcess.Default),
        new MarkdownExporter(),
        new HtmlExporter(GraphvizProcess.Default),
    ];

    /// <summary>The names of every format, for help texts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(e => e.Format)];

    /// <summary>Finds a format by name, case-insensitively.</summary>
    public static bool TryGet(string format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IGraphExporter? exporter)
    {
        exporter = All.FirstOrDefault(e => string.Equals(e.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase));
        return exporter is not null;
    }

    /// <summary>Finds a format by name or throws <see cref="ArgumentException"/> naming the known formats.</summary>
    public static IGraphExporter Get(string format) =>
        TryGet(format, out var exporter) ? exporter
            : throw new ArgumentException($"Unknown export format '{format}'. Known formats: {string.Join(", ", Names)}.", nameof(format));
}
