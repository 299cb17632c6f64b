using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Reading;

/// <summary>
/// Reads entities, aggregated relationships and article metadata by id. A relationship stated by several
/// articles is aggregated as GRAPH-SHAPE.md says: earliest stated date, else earliest reporting date; place, title and allegation from the first
/// article (by id) that states one; the highest confidence; evidence (read from its rows) ordered by article id then start.
/// </summary>
internal sealed class GraphLoader(SqliteConnection connection, SqliteTransaction? transaction = null)
{
    /// <remarks>
    /// Read as one JSON array built by SQLite (one row, one column) rather than one row per entity: a traversal reads
    /// hundreds of entities, and each column read through ADO.NET costs several native calls.
    /// </remarks>
    public async Task<List<Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            "SELECT json_group_array(json_array(id, label, name, json(aliases))) FROM entities WHERE id IN (SELECT value FROM json_each(@ids))",
            transaction)
            .With("@ids", CommandExtensions.JsonList(ids.Distinct(StringComparer.Ordinal)));
        var entities = new List<Entity>();
        var json = await ReadJsonAsync(command, cancellationToken);
        var reader = new Utf8JsonReader(json);
        reader.Read(); // [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var id = NextString(ref reader)!;
            var label = NextString(ref reader)!;
            var name = NextString(ref reader)!;
            reader.Read(); // the aliases' [
            var aliases = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                aliases.Add(reader.GetString()!);
            }

            reader.Read(); // the entity's ]
            aliases.Sort(StringComparer.Ordinal);
            entities.Add(new Entity(id, label, name, aliases));
        }

        entities.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return entities;
    }

    /// <summary>The UTF-8 bytes of the one text value a statement returns (an aggregate's JSON).</summary>
    private static async Task<byte[]> ReadJsonAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<byte[]>(0) : "[]"u8.ToArray();
    }

    /// <summary>Moves to the next value and reads it as a string (null for a JSON null).</summary>
    private static string? NextString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
    }

    private static int NextInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    /// <summary>Relationships by key, read from their aggregated row (see <see cref="Schema.Aggregates"/>) and their evidence rows, in key order.</summary>
    public async Task<List<Relationship>> RelationshipsAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var wanted = CommandExtensions.JsonList(keys.Distinct(StringComparer.Ordinal));
        using var command = connection.Command(
            """
            SELECT key, type, source_id, target_id, date, place_id, title, allegation, confidence, date_kind
            FROM relationships WHERE key IN (SELECT value FROM json_each(@keys))
            """,
            transaction).With("@keys", wanted);
        // each with its stored key: Relationship.Key makes the key anew at every read, and a sort reads it twice per comparison
        var keyed = new List<(string Key, Relationship Relationship)>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keyed.Add((reader.GetString(0), new Relationship(reader.GetString(1), reader.GetString(2), reader.GetString(3), [])
                {
                    Date = reader.IsDBNull(4) ? null : StoredDates.Parse(reader.GetString(4)),
                    DateKind = DateKinds.Parse(reader.GetNullableString(9)),
                    PlaceId = reader.GetNullableString(5),
                    Title = reader.GetNullableString(6),
                    Allegation = reader.GetNullableString(7),
                    Confidence = reader.GetDouble(8),
                }));
            }
        }

        keyed.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        return await WithEvidenceOfKeyedAsync(keyed, cancellationToken);
    }

    /// <summary>
    /// The relationships with their evidence read from its rows, ordered by article id, then start (GRAPH-SHAPE.md):
    /// one statement for all of them, through the (relationship_key, article_id) index of <c>assertions</c>.
    /// </summary>
    public Task<List<Relationship>> WithEvidenceAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken) =>
        WithEvidenceOfKeyedAsync([.. relationships.Select(r => (r.Key, r))], cancellationToken);

    /// <summary>As <see cref="WithEvidenceAsync"/>, for relationships with their keys (made once: <see cref="Relationship.Key"/> makes it anew at every read).</summary>
    public async Task<List<Relationship>> WithEvidenceOfKeyedAsync(IReadOnlyList<(string Key, Relationship Relationship)> relationships, CancellationToken cancellationToken)
    {
        if (relationships.Count == 0)
        {
            return [];
        }

        // one JSON array (see EntitiesAsync); the order is set here, not left to the aggregate
        using var command = connection.Command(
            """
            SELECT json_group_array(json_array(a.relationship_key, a.article_id, e.start, e."end", e.sentence))
            FROM assertions a JOIN evidence e ON e.assertion_id = a.id
            WHERE a.relationship_key IN (SELECT value FROM json_each(@keys))
            """,
            transaction).With("@keys", CommandExtensions.JsonList(relationships.Select(r => r.Key).Distinct(StringComparer.Ordinal)));
        var byKey = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        var json = await ReadJsonAsync(command, cancellationToken);
        var reader = new Utf8JsonReader(json);
        reader.Read(); // [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var key = NextString(ref reader)!;
            var article = NextString(ref reader)!;
            var start = NextInt(ref reader);
            var end = NextInt(ref reader);
            var sentence = NextString(ref reader)!;
            reader.Read(); // ]
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = new List<Evidence>(1);
            }

            list.Add(new Evidence(article, sentence, start, end));
        }

        foreach (var list in byKey.Values.Where(l => l.Count > 1))
        {
            // GRAPH-SHAPE.md's order: article id, then start, then end
            list.Sort(static (x, y) => string.CompareOrdinal(x.ArticleId, y.ArticleId) is var byArticle and not 0 ? byArticle
                : x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        }

        return [.. relationships.Select(r => byKey.TryGetValue(r.Key, out var evidence) ? r.Relationship with { Evidence = evidence } : r.Relationship)];
    }

    public async Task<List<ArticleInfo>> ArticlesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        // one JSON array (see EntitiesAsync), in id order
        using var command = connection.Command(
            """
            SELECT json_group_array(json_array(id, title, published, publisher, author, source)) FROM articles
            WHERE id IN (SELECT value FROM json_each(@ids))
            """,
            transaction).With("@ids", CommandExtensions.JsonList(ids.Distinct(StringComparer.Ordinal)));
        var articles = new List<ArticleInfo>();
        var json = await ReadJsonAsync(command, cancellationToken);
        var reader = new Utf8JsonReader(json);
        reader.Read(); // [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var id = NextString(ref reader)!;
            var title = NextString(ref reader)!;
            var date = NextString(ref reader);
            var published = date is null ? (DateOnly?)null : StoredDates.Parse(date);
            articles.Add(new ArticleInfo(id, title, published, NextString(ref reader), NextString(ref reader), NextString(ref reader)));
            reader.Read(); // ]
        }

        articles.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return articles;
    }

    /// <summary>
    /// The subgraph of these nodes and relationships, with relationship endpoints added as nodes and the
    /// cited articles (plus <paramref name="extraArticles"/>) attached, normalized.
    /// </summary>
    public async Task<Subgraph> SubgraphAsync(IEnumerable<string> nodeIds, IEnumerable<string> relationshipKeys, CancellationToken cancellationToken, IEnumerable<string>? extraArticles = null) =>
        await SubgraphAsync(nodeIds, await RelationshipsAsync(relationshipKeys, cancellationToken), cancellationToken, extraArticles);

    /// <summary>As above, for relationships and (some of the) nodes already loaded.</summary>
    public async Task<Subgraph> SubgraphAsync(IReadOnlyList<Relationship> relationships, IReadOnlyDictionary<string, Entity> loaded, CancellationToken cancellationToken)
    {
        var ids = relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet(StringComparer.Ordinal);
        var nodes = ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
        if (nodes.Count < ids.Count)
        {
            nodes.AddRange(await EntitiesAsync(ids.Where(id => !loaded.ContainsKey(id)), cancellationToken));
        }

        var articles = await ArticlesAsync(relationships.SelectMany(r => r.Evidence).Select(e => e.ArticleId), cancellationToken);
        return new Subgraph(nodes, relationships, articles).Normalized();
    }

    /// <summary>As above, for relationships already loaded.</summary>
    public async Task<Subgraph> SubgraphAsync(IEnumerable<string> nodeIds, IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken, IEnumerable<string>? extraArticles = null)
    {
        var ids = new HashSet<string>(nodeIds, StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            ids.Add(relationship.SourceId);
            ids.Add(relationship.TargetId);
        }

        var articleIds = relationships.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Concat(extraArticles ?? []);
        var nodes = await EntitiesAsync(ids, cancellationToken);
        var articles = await ArticlesAsync(articleIds, cancellationToken);
        return new Subgraph(nodes, relationships, articles).Normalized();
    }
}
