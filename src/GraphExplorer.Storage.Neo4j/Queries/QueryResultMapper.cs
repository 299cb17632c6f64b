using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Reading;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Splits a statement result per GRAPH-SHAPE.md: columns holding nodes, relationships or paths feed the
/// subgraph; every other column is a table column, in RETURN order.
/// </summary>
internal static class QueryResultMapper
{
    /// <summary>The table part and the graph part of a result (articles not yet resolved: see <see cref="CitedArticleIds"/>).</summary>
    public static (IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, Subgraph Graph) Map(string cypher, StatementResult result)
    {
        var staticGraphColumns = ReturnClause.GraphColumns(cypher);
        var tableIndexes = new List<int>();
        var graphIndexes = new List<int>();
        for (var i = 0; i < result.Fields.Count; i++)
        {
            var isGraph = result.Rows.Any(row => ContainsGraph(row[i]))
                || (!result.Rows.Any(row => IsInformativeScalar(row[i])) && staticGraphColumns.Contains(result.Fields[i]));
            (isGraph ? graphIndexes : tableIndexes).Add(i);
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

    private static bool IsInformativeScalar(object? value) => value switch
    {
        null => false,
        IReadOnlyList<object?> list => list.Any(IsInformativeScalar),
        _ => true,
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
