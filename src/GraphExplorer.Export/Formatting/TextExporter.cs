using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>Base of the text formats: the text is built in memory (subgraphs are small), then written as UTF-8, without BOM unless a format says otherwise.</summary>
internal abstract class TextExporter : IGraphExporter
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public abstract string Format { get; }

    public abstract string ContentType { get; }

    public abstract string FileExtension { get; }

    /// <summary>How the text is encoded: UTF-8 without BOM, unless the format's readers need one (spreadsheets do).</summary>
    protected virtual Encoding Encoding => Utf8;

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var text = await RenderAsync(document, cancellationToken);
        await output.WriteAsync(Encoding.GetPreamble(), cancellationToken);
        await output.WriteAsync(Encoding.GetBytes(text), cancellationToken);
    }

    /// <summary>The whole export as text.</summary>
    public abstract Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken);
}
