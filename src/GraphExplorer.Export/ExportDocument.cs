using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Export.Formatting;

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
    /// <summary>
    /// Names of entities the graph refers to without carrying them (a meeting's place, by id), so that reports
    /// name them; the caller looks them up in the store. An id found nowhere is shown as words made from its slug.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReferencedNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Articles a query result cites by id without evidence in the graph (co-mentions), so that reports show
    /// their titles; they are not cited as evidence.
    /// </summary>
    public IReadOnlyList<ArticleInfo> ReferencedArticles { get; init; } = [];

    /// <summary>A document for a bare graph: no query, no parameters, no timestamp.</summary>
    public static ExportDocument ForGraph(Subgraph graph, string title = "GraphExplorer graph") =>
        new(graph, title, null, new Dictionary<string, object?>(), null, null);

    /// <summary>A document for the subgraph extracted from one article; the article id is its one parameter.</summary>
    public static ExportDocument ForArticle(Subgraph graph, string articleId, string title) =>
        new(graph, title, null, new Dictionary<string, object?> { ["article"] = articleId }, null, null);

    /// <summary>
    /// A document for a curated query result, titled in words: the query's title and what it was asked about,
    /// by the names the graph gives them ("Ego network: Qasim al-Araji", "Shortest paths: Rebar Ahmed – Ali Shamkhani").
    /// </summary>
    public static ExportDocument ForResult(QueryResult result, DateTimeOffset? generatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Graph, QuerySubjects.Title(result), result.Query, result.Arguments, result, generatedAt);
    }
}
