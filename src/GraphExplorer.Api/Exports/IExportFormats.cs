using System.Diagnostics.CodeAnalysis;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.Exports;

// The seam between the query service and GraphExplorer.Export, kept to this one file so the two
// projects meet in one place. Register an IExportFormats in DI to enable ?format=F and /api/export.

/// <summary>
/// Finds an export format by name (json, cytoscape, graphml, gexf, csv, cypher, dot, svg, markdown, html).
/// Contract: names are matched case-insensitively; <see cref="Names"/> lists every format <see cref="TryGet"/> finds.
/// </summary>
public interface IExportFormats
{
    /// <summary>Every format name, in display order; quoted back to a caller who asks for an unknown one.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>The format with this name, or false when there is none.</summary>
    bool TryGet(string name, [NotNullWhen(true)] out IExportFormat? format);
}

/// <summary>
/// One export format. Contract: <see cref="WriteAsync"/> writes the whole export of <c>graph</c> to
/// <c>output</c> (without closing it), escapes every name and text for the format, and honours cancellation.
/// </summary>
public interface IExportFormat
{
    /// <summary>The format's name, e.g. <c>graphml</c>.</summary>
    string Name { get; }

    /// <summary>The HTTP content type, e.g. <c>application/graphml+xml; charset=utf-8</c>.</summary>
    string ContentType { get; }

    /// <summary>The download file extension without the dot, e.g. <c>graphml</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes the export of <paramref name="graph"/> to <paramref name="output"/>.</summary>
    Task WriteAsync(Subgraph graph, ExportContext context, Stream output, CancellationToken cancellationToken);
}

/// <summary>What an export is of, for report titles and headers.</summary>
/// <param name="Title">A human title, e.g. <c>meetings</c>, an article's headline, or <c>Whole graph</c>.</param>
/// <param name="Query">The curated query's name, or null for an article or the whole graph.</param>
/// <param name="Parameters">The query's bound arguments (empty when there is no query).</param>
/// <param name="ArticleId">The article exported, or null.</param>
public sealed record ExportContext(string Title, string? Query, IReadOnlyDictionary<string, object?> Parameters, string? ArticleId);
