using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Export;

/// <summary>What an export writes: the graph plus what a report says about where it came from.</summary>
/// <param name="Graph">The nodes, relationships with evidence, and cited articles.</param>
/// <param name="Title">A heading for reports and a graph label for picture formats.</param>
/// <param name="QueryName">The curated query that produced the graph, or null for the whole graph or an article.</param>
/// <param name="Parameters">The query's arguments (or any other selection, e.g. <c>article</c>), shown in reports.</param>
/// <param name="Result">The full query result, when there is one; reports show its rows.</param>
/// <param name="GeneratedAt">When the export was made, given by the caller (exports never read a clock); null leaves it out.</param>
public sealed record ExportDocument(
    Subgraph Graph,
    string Title,
    string? QueryName,
    IReadOnlyDictionary<string, object?> Parameters,
    QueryResult? Result,
    DateTimeOffset? GeneratedAt)
{
    /// <summary>A document for a bare graph: no query, no parameters, no timestamp.</summary>
    public static ExportDocument ForGraph(Subgraph graph, string title = "GraphExplorer graph") =>
        new(graph, title, null, new Dictionary<string, object?>(), null, null);

    /// <summary>A document for the subgraph extracted from one article; the article id is its one parameter.</summary>
    public static ExportDocument ForArticle(Subgraph graph, string articleId, string title) =>
        new(graph, title, null, new Dictionary<string, object?> { ["article"] = articleId }, null, null);

    /// <summary>A document for a curated query result, titled by the query name.</summary>
    public static ExportDocument ForResult(QueryResult result, DateTimeOffset? generatedAt = null) =>
        new(result.Graph, result.Query, result.Query, result.Arguments, result, generatedAt);
}
