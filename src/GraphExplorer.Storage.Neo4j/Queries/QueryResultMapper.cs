using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Reading;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Splits a statement result per GRAPH-SHAPE.md: the columns the query declares as graph columns (its header's
/// <c>graph:</c> line) feed the subgraph; every other column is a table column, in RETURN order. The declaration,
/// not the values, decides, so an empty result has exactly the table columns of a full one.
/// </summary>
internal static class QueryResultMapper
{
    /// <summary>The table part and the graph part of a result (articles not yet resolved: see <see cref="CitedArticleIds"/>).</summary>
    /// <exception cref="InvalidOperationException">The header and the statement disagree: a declared graph column is not
    /// returned, or a table column holds graph values.</exception>
    public static (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, Subgraph Graph) Map(QueryDefinition query, StatementResult result)
    {
        if (query.GraphColumns.FirstOrDefault(c => !result.Fields.Contains(c, StringComparer.Ordinal)) is { } missing)
        {
            throw new InvalidOperationException($"Query '{query.Name}' declares graph column '{missing}', which its statement does not return (columns: {string.Join(", ", result.Fields)}).");
        }

        var tableIndexes = new List<int>();
        var graphIndexes = new List<int>();
        for (var i = 0; i < result.Fields.Count; i++)
        {
            (query.GraphColumns.Contains(result.Fields[i], StringComparer.Ordinal) ? graphIndexes : tableIndexes).Add(i);
        }

        if (tableIndexes.FirstOrDefault(i => result.Rows.Any(row => ContainsGraph(row[i])), -1) is var undeclared and >= 0)
        {
            throw new InvalidOperationException($"Query '{query.Name}' returns nodes, relationships or paths in column '{result.Fields[undeclared]}'; declare it on the header's 'graph:' line.");
        }

        var nodes = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var articles = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            foreach (var i in graphIndexes)
            {
                Collect(row[i], nodes, relationships, articles);
            }
        }

        var columns = tableIndexes.Select(i => result.Fields[i]).ToList();
        var rows = result.Rows.Select(row => (IReadOnlyList<object?>)[.. tableIndexes.Select(i => row[i])]).ToList();
        return (columns, rows, new Subgraph([.. nodes.Values], [.. relationships.Values], [.. articles.Values]));
    }

    /// <summary>Ids of the articles cited by the subgraph's evidence, and of the Article nodes it holds.</summary>
    public static IReadOnlyList<string> CitedArticleIds(Subgraph graph) =>
        [.. graph.Relationships.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Concat(graph.Articles.Select(a => a.Id)).Distinct().Order(StringComparer.Ordinal)];

    private static bool ContainsGraph(object? value) => value switch
    {
        GraphNode or GraphRelationship or GraphPath => true,
        IReadOnlyList<object?> list => list.Any(ContainsGraph),
        IReadOnlyDictionary<string, object?> map => map.Values.Any(ContainsGraph),
        _ => false,
    };

    private static void Collect(object? value, Dictionary<string, Entity> nodes, Dictionary<string, Relationship> relationships, Dictionary<string, ArticleInfo> articles)
    {
        switch (value)
        {
            case GraphNode node:
                if (GraphMapping.ToEntity(node) is { } entity)
                {
                    nodes[entity.Id] = entity;
                }
                else if (GraphMapping.ToArticle(node) is { } article)
                {
                    articles[article.Id] = article;
                }

                break;
            case GraphRelationship relationship:
                if (GraphMapping.ToRelationship(relationship) is { } fact)
                {
                    relationships[fact.Key] = fact;
                }

                break;
            case GraphPath path:
                foreach (var element in path.Elements)
                {
                    Collect(element, nodes, relationships, articles);
                }

                break;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Collect(item, nodes, relationships, articles);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    Collect(item, nodes, relationships, articles);
                }

                break;
            default:
                break;
        }
    }
}
