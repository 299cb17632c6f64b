using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Writing;

namespace GraphExplorer.Storage.Neo4j.Reading;

/// <summary>The read side on Neo4j: whole graph, one article's extract, one entity, counts.</summary>
internal sealed class Neo4jGraphReader(QueryApiClient client) : IGraphReader
{
    public async Task<Subgraph> ReadGraphAsync(string? articleId = null, CancellationToken cancellationToken = default) =>
        articleId is null ? await ReadWholeAsync(cancellationToken) : await ReadArticleAsync(articleId, cancellationToken);

    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(new Statement("MATCH (e:Entity {id: $id}) RETURN e", P(("id", id))), cancellationToken);
        return result.Single("e") is GraphNode node ? GraphMapping.ToEntity(node) : null;
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var articles = await CountAsync("MATCH (a:Article) RETURN count(a) AS n", cancellationToken);
        var failures = await CountAsync("MATCH (f:IngestFailure) RETURN count(f) AS n", cancellationToken);
        var byLabel = await CountByAsync(
            "MATCH (e:Entity) UNWIND [l IN labels(e) WHERE l <> 'Entity'] AS label RETURN label AS name, count(*) AS n ORDER BY name",
            cancellationToken);
        var byType = await client.RunAsync(
            new Statement("MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN type(r) AS name, count(r) AS n ORDER BY name"),
            cancellationToken);
        var evidence = await CountAsync("MATCH (s:Assertion) RETURN sum(size(s.sentences)) AS n", cancellationToken);
        var entities = await CountAsync("MATCH (e:Entity) RETURN count(e) AS n", cancellationToken);
        var relationshipsByType = byType.Rows.ToDictionary(row => (string)row[0]!, row => (int)(long)row[1]!, StringComparer.Ordinal);
        return new GraphStats(articles, failures, entities, relationshipsByType.Values.Sum(), evidence, byLabel, relationshipsByType);
    }

    private async Task<Subgraph> ReadWholeAsync(CancellationToken cancellationToken)
    {
        var nodes = await client.RunAsync(new Statement("MATCH (e:Entity) RETURN e ORDER BY e.id"), cancellationToken);
        var facts = await client.RunAsync(new Statement("MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN r ORDER BY r.key"), cancellationToken);
        var articles = await client.RunAsync(new Statement("MATCH (a:Article) RETURN a ORDER BY a.id"), cancellationToken);
        var relationships = await AssertionReader.WithEvidenceAsync(client, Relationships(facts), cancellationToken, everything: true);
        return new Subgraph(Entities(nodes), relationships, Articles(articles)).Normalized();
    }

    /// <summary>
    /// One article's extract, as the embedded store gives it: the entities it mentions, the facts it states
    /// (aggregated over every article that states them) with their endpoints, the article and every article cited.
    /// </summary>
    private async Task<Subgraph> ReadArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        var id = P(("id", articleId));
        var found = await client.RunAsync(new Statement("MATCH (a:Article {id: $id}) RETURN a", id), cancellationToken);
        if (found.Rows.Count == 0)
        {
            return Subgraph.Empty;
        }

        const string facts = """
            MATCH (s:Assertion {article: $id})
            WITH s.fact AS key, split(s.fact, '|') AS parts
            MATCH (a:Entity {id: parts[1]})-[r {key: key}]->(b:Entity {id: parts[2]})
            RETURN a, r, b ORDER BY r.key
            """;
        var nodes = await client.RunAsync(new Statement("MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e ORDER BY e.id", id), cancellationToken);
        var stated = await client.RunAsync(new Statement(facts, id), cancellationToken);
        var relationships = await AssertionReader.WithEvidenceAsync(client, Relationships(stated), cancellationToken);
        var entities = Entities(nodes).Concat(stated.Rows.SelectMany(row => new[] { row[0], row[2] }).OfType<GraphNode>().Select(GraphMapping.ToEntity).OfType<Entity>())
            .DistinctBy(e => e.Id)
            .ToList();
        var cited = relationships.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Append(articleId).Distinct().ToList();
        var articles = await client.RunAsync(new Statement("MATCH (a:Article) WHERE a.id IN $ids RETURN a ORDER BY a.id", P(("ids", cited))), cancellationToken);
        return new Subgraph(entities, relationships, Articles(articles)).Normalized();
    }

    private static List<Entity> Entities(StatementResult result) =>
        [.. result.Rows.Select(row => row[0]).OfType<GraphNode>().Select(GraphMapping.ToEntity).OfType<Entity>()];

    private static IReadOnlyList<Relationship> Relationships(StatementResult result) =>
        [.. result.Rows.SelectMany(row => row).OfType<GraphRelationship>().Select(GraphMapping.ToRelationship).OfType<Relationship>()];

    private static List<ArticleInfo> Articles(StatementResult result) =>
        [.. result.Rows.Select(row => row[0]).OfType<GraphNode>().Select(GraphMapping.ToArticle).OfType<ArticleInfo>()];

    private async Task<int> CountAsync(string cypher, CancellationToken cancellationToken) =>
        (int)((await client.RunAsync(new Statement(cypher), cancellationToken)).Single("n") as long? ?? 0);

    private async Task<IReadOnlyDictionary<string, int>> CountByAsync(string cypher, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new Statement(cypher), cancellationToken);
        return result.Rows.ToDictionary(row => (string)row[0]!, row => (int)(long)row[1]!, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, object?> P(params (string Name, object? Value)[] values) => Neo4jArticleStore.Parameters(values);
}
