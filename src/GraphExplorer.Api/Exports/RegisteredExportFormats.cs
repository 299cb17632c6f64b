using System.Diagnostics.CodeAnalysis;
using GraphExplorer.Core.Model;
using GraphExplorer.Export;

namespace GraphExplorer.Api.Exports;

/// <summary>The query service's view of GraphExplorer.Export's registry: every format there is served here.</summary>
internal sealed class RegisteredExportFormats : IExportFormats
{
    private readonly Dictionary<string, IExportFormat> formats =
        ExportFormats.All.ToDictionary(e => e.Format, e => (IExportFormat)new Format(e), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Names => ExportFormats.Names;

    public bool TryGet(string name, [NotNullWhen(true)] out IExportFormat? format) => formats.TryGetValue(name, out format);

    private sealed class Format(IGraphExporter exporter) : IExportFormat
    {
        public string Name => exporter.Format;

        public string ContentType => exporter.ContentType;

        public string FileExtension => exporter.FileExtension;

        public Task WriteAsync(Subgraph graph, ExportContext context, Stream output, CancellationToken cancellationToken)
        {
            var parameters = context.ArticleId is null
                ? context.Parameters
                : new Dictionary<string, object?>(context.Parameters) { ["article"] = context.ArticleId };
            var document = new ExportDocument(graph, context.Title, context.Query, parameters, Result: null, GeneratedAt: null);
            return exporter.WriteAsync(document, output, cancellationToken);
        }
    }
}
