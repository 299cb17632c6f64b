using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Reading;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Runs a curated query's Cypher on Neo4j with its arguments as parameters (dates as <c>yyyy-MM-dd</c>, edge
/// type lists as arrays, numbers as numbers) and maps the answer onto <see cref="QueryResult"/>.
/// </summary>
internal sealed class Neo4jQueryRunner(QueryApiClient client) : IQueryRunner
{
    public async Task<QueryResult> RunAsync(QueryDefinition query, QueryArgumentDictionary arguments, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(query, arguments);
        if (query.Name == KeyActorsBound.QueryName)
        {
            await KeyActorsBound.CheckAsync(client, parameters, cancellationToken);
        }

        var result = await client.RunAsync(new Statement(query.Cypher, parameters), cancellationToken);
        var (columns, rows, mapped) = QueryResultMapper.Map(query, result);
        var graph = mapped with { Relationships = await AssertionReader.WithEvidenceAsync(client, mapped.Relationships, cancellationToken) };
        var endpoints = await ReadMissingEndpointsAsync(graph, cancellationToken);
        var articles = await ReadArticlesAsync(QueryResultMapper.CitedArticleIds(graph), cancellationToken);
        return new QueryResult(query.Name, arguments, columns, rows, (graph with { Nodes = [.. graph.Nodes, .. endpoints], Articles = articles }).Normalized());
    }

    /// <summary>
    /// The parameters sent: the arguments, plus for every entity parameter <c>p</c> its name key as <c>pKey</c>
    /// (<see cref="NameKey.Normalize"/>, null when <c>p</c> is null). The .cypher files match it against the stored
    /// <c>nameKeys</c>, so case, accents and punctuation match exactly as in the embedded store.
    /// </summary>
    internal static Dictionary<string, object?> Parameters(QueryDefinition query, QueryArgumentDictionary arguments)
    {
        var parameters = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        foreach (var parameter in query.Parameters.Where(p => p.Kind == ParameterKind.Entity))
        {
            parameters[parameter.Name + "Key"] = parameters.GetValueOrDefault(parameter.Name) is string value ? NameKey.Normalize(value) : null;
        }

        return parameters;
    }

    /// <summary>The endpoints of returned relationships that the statement did not return itself: a subgraph is drawable on its own.</summary>
    private async Task<IReadOnlyList<Entity>> ReadMissingEndpointsAsync(Subgraph graph, CancellationToken cancellationToken)
    {
        var present = graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var missing = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).Where(id => !present.Contains(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var result = await client.RunAsync(
            new Statement("MATCH (e:Entity) WHERE e.id IN $ids RETURN e ORDER BY e.id", new Dictionary<string, object?> { ["ids"] = missing }),
            cancellationToken);
        return [.. result.Rows.Select(row => row[0]).OfType<GraphNode>().Select(GraphMapping.ToEntity).OfType<Entity>()];
    }

    private async Task<IReadOnlyList<ArticleInfo>> ReadArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await client.RunAsync(
            new Statement("MATCH (a:Article) WHERE a.id IN $ids RETURN a ORDER BY a.id", new Dictionary<string, object?> { ["ids"] = ids }),
            cancellationToken);
        return [.. result.Rows.Select(row => row[0]).OfType<GraphNode>().Select(GraphMapping.ToArticle).OfType<ArticleInfo>()];
    }
}
