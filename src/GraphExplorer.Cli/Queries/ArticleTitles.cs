using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Cli.Queries;

/// <summary>
/// The titles of the articles a result cites by id, so that a person reads "Iraq and Iran sign agreement to
/// strengthen border security" rather than <c>001_fa1c7ddbb58406ee</c>. Most come with the result's
/// subgraph; the rest (a query that cites articles without evidence, like co-mentions) are read from the store.
/// </summary>
internal static class ArticleTitles
{
    /// <summary>Ids looked up one by one at most; beyond that an id is shown as it is.</summary>
    public const int MaxLookups = 200;

    public static async Task<IReadOnlyDictionary<string, string>> ResolveAsync(QueryResult result, IGraphReader reader, CancellationToken cancellationToken)
    {
        var titles = result.Graph.Articles.Where(a => !string.IsNullOrWhiteSpace(a.Title))
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var columns = result.Columns.Select((name, index) => (name, index)).Where(c => ResultColumns.HoldsArticleIds(c.name)).Select(c => c.index).ToList();
        var missing = result.Rows.SelectMany(row => columns.SelectMany(i => Ids(row[i])))
            .Where(id => !titles.ContainsKey(id)).Distinct(StringComparer.Ordinal).Take(MaxLookups).ToList();
        foreach (var id in missing)
        {
            var graph = await reader.ReadGraphAsync(id, cancellationToken);
            if (graph.Articles.FirstOrDefault(a => a.Id == id) is { Title.Length: > 0 } article)
            {
                titles[id] = article.Title;
            }
        }

        return titles;
    }

    private static IEnumerable<string> Ids(object? value) => value switch
    {
        string id => [id],
        IEnumerable<object?> items => items.OfType<string>(),
        System.Collections.IEnumerable items => items.OfType<string>(),
        _ => [],
    };
}
