namespace GraphExplorer.Export;

/// <summary>
/// Writes a subgraph in one export format. Contract: <see cref="WriteAsync"/> writes the whole export to
/// <c>output</c> and nothing else (no files, no clock, no network; only the <c>svg</c> and <c>html</c>
/// formats may start the Graphviz <c>dot</c> process), leaves the stream open, and produces the same bytes
/// for the same document. Text formats are UTF-8 without a byte order mark, except the spreadsheet CSV formats (<c>csv</c>,
/// <c>entities-csv</c>), which start with one because Excel needs it to read UTF-8.
/// </summary>
public interface IGraphExporter
{
    /// <summary>The format name used on the command line and in <c>?format=</c>, lower case, e.g. <c>json</c>.</summary>
    string Format { get; }

    /// <summary>The HTTP content type of the output, e.g. <c>application/json</c>.</summary>
    string ContentType { get; }

    /// <summary>The file name extension for a download, without the leading dot, e.g. <c>json</c>.</summary>
    string FileExtension { get; }

    /// <summary>
    /// Writes <paramref name="document"/> to <paramref name="output"/>. Throws <see cref="ExportException"/>
    /// when the document cannot be expressed in this format or a required tool is missing.
    /// </summary>
    Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default);
}
