using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>Base of the text formats: the text is built in memory (subgraphs are small), then written as UTF-8 without BOM.</summary>
internal abstract class TextExporter : IGraphExporter
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public abstract string Format { get; }

    public abstract string ContentType { get; }

    public abstract string FileExtension { get; }

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var text = await RenderAsync(document, cancellationToken);
        await output.WriteAsync(Utf8.GetBytes(text), cancellationToken);
    }

    /// <summary>The whole export as text.</summary>
    public abstract Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken);
}
