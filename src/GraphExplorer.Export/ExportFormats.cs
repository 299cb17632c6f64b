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
        new EntitiesCsvExporter(),
        new Neo4jCsvExporter(),
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

    /// <summary>Finds a format by name or throws <see cref="ArgumentException"/> naming the known formats and the nearest.</summary>
    public static IGraphExporter Get(string format) =>
        TryGet(format, out var exporter) ? exporter
            : throw new ArgumentException($"Unknown export format '{format}'. {Core.Text.Closest.Suggestion(format ?? "", Names)} Known formats: {string.Join(", ", Names)}.".Replace("  ", " ", StringComparison.Ordinal));

    /// <summary>Whether the format writes bytes that are not text (a zip), which must not go to a terminal.</summary>
    public static bool IsBinary(IGraphExporter exporter) =>
        exporter is not null && !(exporter.ContentType.StartsWith("text/", StringComparison.Ordinal)
            || exporter.ContentType.StartsWith("application/json", StringComparison.Ordinal)
            || exporter.ContentType.Contains("xml", StringComparison.Ordinal));
}
