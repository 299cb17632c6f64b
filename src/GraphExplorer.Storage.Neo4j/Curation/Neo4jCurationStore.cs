using System.Globalization;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Writing;

namespace GraphExplorer.Storage.Neo4j.Curation;

/// <summary>
/// The curation log (<c>:Curation</c> nodes numbered by a <c>:CurationSequence</c>) and the extracted article graphs
/// (<c>:ExtractedArticle</c> nodes holding the graph as JSON and the entity ids it mentions) in Neo4j, apart from
/// the graph's own labels, so a rebuild empties the graph around them.
/// </summary>
internal sealed class Neo4jCurationStore(QueryApiClient client) : ICurationStore
{
    /// <summary>The label of the nodes that keep each article's extracted graph.</summary>
    public const string ExtractedLabel = "ExtractedArticle";

    private static readonly string[] Schema =
    [
        "CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE",
        "CREATE CONSTRAINT extracted_article_id IF NOT EXISTS FOR (x:ExtractedArticle) REQUIRE x.id IS UNIQUE",
    ];

    public async Task InitializeCurationAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in Schema)
        {
            await client.RunAsync(new Statement(statement), cancellationToken);
        }
    }

    public async Task<IReadOnlyList<CurationRecord>> ReadLogAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(
            new Statement("MATCH (c:Curation) RETURN c.id AS id, c.curation AS curation, c.by AS by, c.at AS at, c.undoneBy AS undoneBy, c.undoneAt AS undoneAt ORDER BY c.id"),
            cancellationToken);
        return [.. result.Rows.Select(row => new CurationRecord(
            Convert.ToInt64(result.Value(row, "id"), CultureInfo.InvariantCulture),
            CurationJson.ReadCuration((string)result.Value(row, "curation")!),
            (string)result.Value(row, "by")!,
            Time((string)result.Value(row, "at")!))
        {
            UndoneBy = result.Value(row, "undoneBy") as string,
            UndoneAt = result.Value(row, "undoneAt") is string undone ? Time(undone) : null,
        })];
    }

    public async Task<CurationRecord> AppendAsync(Core.Curation.Curation curation, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        // The sequence node is written first, so concurrent appends serialize on its lock and never share an id.
        const string cypher = """
            MERGE (s:CurationSequence {name: 'curations'})
            SET s.last = coalesce(s.last, 0) + 1
            CREATE (c:Curation {id: s.last, curation: $curation, by: $by, at: $at})
            RETURN c.id AS id
            """;
        var text = Text(at);
        var result = await client.RunAsync(new Statement(cypher, Neo4jArticleStore.Parameters(("curation", CurationJson.Write(curation)), ("by", by), ("at", text))), cancellationToken);
        return new CurationRecord(Convert.ToInt64(result.Single("id"), CultureInfo.InvariantCulture), curation, by, Time(text));
    }

    public async Task<bool> MarkUndoneAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        const string cypher = "MATCH (c:Curation {id: $id}) WHERE c.undoneAt IS NULL SET c.undoneBy = $by, c.undoneAt = $at RETURN count(c) AS changed";
        var result = await client.RunAsync(new Statement(cypher, Neo4jArticleStore.Parameters(("id", id), ("by", by), ("at", Text(at)))), cancellationToken);
        return Convert.ToInt64(result.Single("changed"), CultureInfo.InvariantCulture) == 1;
    }

    public async Task SaveExtractedAsync(ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, CancellationToken cancellationToken = default)
    {
        const string cypher = "MERGE (x:ExtractedArticle {id: $id}) SET x.contentHash = $hash, x.graph = $graph, x.entityIds = $ids";
        var ids = CurationJson.EntityIds(extracted).Concat(curatedEntityIds).Distinct().Order(StringComparer.Ordinal).ToList();
        await client.RunAsync(
            new Statement(cypher, Neo4jArticleStore.Parameters(("id", extracted.Article.Id), ("hash", extracted.Article.ContentHash), ("graph", CurationJson.Write(extracted)), ("ids", ids))),
            cancellationToken);
    }

    public async Task<ArticleGraph?> ReadExtractedAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(new Statement("MATCH (x:ExtractedArticle {id: $id}) RETURN x.graph AS graph", Neo4jArticleStore.Parameters(("id", articleId))), cancellationToken);
        return result.Single("graph") is string json ? CurationJson.ReadGraph(json) : null;
    }

    public async Task<string?> GetExtractedHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(new Statement("MATCH (x:ExtractedArticle {id: $id}) RETURN x.contentHash AS hash", Neo4jArticleStore.Parameters(("id", articleId))), cancellationToken);
        return result.Single("hash") as string;
    }

    public async Task<IReadOnlyList<string>> ArticlesMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        const string cypher = "MATCH (x:ExtractedArticle) WHERE any(id IN x.entityIds WHERE id IN $ids) RETURN x.id AS id ORDER BY id";
        var result = await client.RunAsync(new Statement(cypher, Neo4jArticleStore.Parameters(("ids", entityIds.ToList()))), cancellationToken);
        return [.. result.Rows.Select(row => (string)result.Value(row, "id")!)];
    }

    public async Task SetEntityNameAsync(string entityId, string name, CancellationToken cancellationToken = default) =>
        await client.RunAsync(new Statement("MATCH (e:Entity {id: $id}) SET e.name = $name", Neo4jArticleStore.Parameters(("id", entityId), ("name", name))), cancellationToken);

    public async Task ClearGraphAsync(CancellationToken cancellationToken = default)
    {
        // In slices, so a large graph never needs one huge transaction.
        const string cypher = """
            MATCH (n) WHERE n:Article OR n:Entity OR n:IngestFailure OR n:ExtractedArticle
            WITH n LIMIT 5000
            DETACH DELETE n
            RETURN count(*) AS deleted
            """;
        while (Convert.ToInt64((await client.RunAsync(new Statement(cypher), cancellationToken)).Single("deleted"), CultureInfo.InvariantCulture) > 0)
        {
        }
    }

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
