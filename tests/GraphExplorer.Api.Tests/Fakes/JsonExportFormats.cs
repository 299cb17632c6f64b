using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GraphExplorer.Api.Exports;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.Tests.Fakes;

/// <summary>A stand-in for GraphExplorer.Export with one format, <c>json</c>: the title, node ids and relationship keys.</summary>
internal sealed class JsonExportFormats : IExportFormats, IExportFormat
{
    public IReadOnlyList<string> Names => ["json"];

    public string Name => "json";

    public string ContentType => "application/json; charset=utf-8";

    public string FileExtension => "json";

    public bool TryGet(string name, [NotNullWhen(true)] out IExportFormat? format)
    {
        format = string.Equals(name, Name, StringComparison.OrdinalIgnoreCase) ? this : null;
        return format is not null;
    }

    public Task WriteAsync(Subgraph graph, ExportContext context, Stream output, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(
            output,
            new
            {
                title = context.Title,
                query = context.Query,
                article = context.ArticleId,
                parameters = context.Parameters,
                nodes = graph.Nodes.Select(n => n.Id),
                relationships = graph.Relationships.Select(r => r.Key),
            },
            cancellationToken: cancellationToken);
}
