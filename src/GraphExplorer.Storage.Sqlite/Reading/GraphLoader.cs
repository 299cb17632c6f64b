using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Reading;

/// <summary>
/// Reads entities, aggregated relationships and article metadata by id. A relationship stated by several
/// articles is aggregated as GRAPH-SHAPE.md says: earliest date; place, title and allegation from the first
/// article (by id) that states one; the highest confidence; evidence ordered by article id then start.
/// </summary>
internal sealed class GraphLoader(SqliteConnection connection)
{
    public async Task<List<Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            """
            SELECT e.id, e.label, e.name, a.alias
            FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id AND a.alias <> e.name
            WHERE e.id IN (SELECT value FROM json_each(@ids))
            """).With("@ids", CommandExtensions.JsonList(ids.Distinct(StringComparer.Ordinal)));
        var rows = new Dictionary<string, (string Label, string Name, SortedSet<string> Aliases)>(StringComparer.Ordinal);
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!rows.TryGetValue(id, out var entry))
                {
                    rows[id] = entry = (reader.GetString(1), reader.GetString(2), new SortedSet<string>(StringComparer.Ordinal));
                }

                if (!reader.IsDBNull(3))
                {
                    entry.Aliases.Add(reader.GetString(3));
                }
            }
        }

        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new Entity(r.Key, r.Value.Label, r.Value.Name, [.. r.Value.Aliases]))];
    }

    public async Task<List<Relationship>> RelationshipsAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var keyList = CommandExtensions.JsonList(keys.Distinct(StringComparer.Ordinal));
        var evidence = await EvidenceAsync(keyList, cancellationToken);
        using var command = connection.Command(
            """
            SELECT r.key, r.type, r.source_id, r.target_id, a.date, a.place_id, a.title, a.allegation, a.confidence
            FROM relationships r JOIN assertions a ON a.relationship_key = r.key
            WHERE r.key IN (SELECT value FROM json_each(@keys))
            ORDER BY r.key, a.article_id
            """).With("@keys", keyList);
        var relationships = new List<Relationship>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Relationship? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            var date = reader.IsDBNull(4) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (current is null || current.Key != key)
            {
                if (current is not null)
                {
                    relationships.Add(current);
                }

                current = new Relationship(reader.GetString(1), reader.GetString(2), reader.GetString(3), evidence.GetValueOrDefault(key) ?? [])
                {
                    Date = date,
                    PlaceId = reader.GetNullableString(5),
                    Title = reader.GetNullableString(6),
                    Allegation = reader.GetNullableString(7),
                    Confidence = reader.GetDouble(8),
                };
                continue;
            }

            current = current with
            {
                Date = current.Date is { } known && date is { } other ? (other < known ? other : known) : current.Date ?? date,
                PlaceId = current.PlaceId ?? reader.GetNullableString(5),
                Title = current.Title ?? reader.GetNullableString(6),
                Allegation = current.Allegation ?? reader.GetNullableString(7),
                Confidence = Math.Max(current.Confidence, reader.GetDouble(8)),
            };
        }

        if (current is not null)
        {
            relationships.Add(current);
        }

        return relationships;
    }

    private async Task<Dictionary<string, List<Evidence>>> EvidenceAsync(string keyList, CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            """
            SELECT a.relationship_key, a.article_id, e.sentence, e.start, e."end"
            FROM assertions a JOIN evidence e ON e.assertion_id = a.id
            WHERE a.relationship_key IN (SELECT value FROM json_each(@keys))
            ORDER BY a.relationship_key, a.article_id, e.start, e."end"
            """).With("@keys", keyList);
        var byKey = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(new Evidence(reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return byKey;
    }

    public async Task<List<ArticleInfo>> ArticlesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            """
            SELECT id, title, published, publisher, author, source FROM articles
            WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id
            """).With("@ids", CommandExtensions.JsonList(ids.Distinct(StringComparer.Ordinal)));
        var articles = new List<ArticleInfo>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var published = reader.IsDBNull(2) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            articles.Add(new ArticleInfo(reader.GetString(0), reader.GetString(1), published, reader.GetNullableString(3), reader.GetNullableString(4), reader.GetNullableString(5)));
        }

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
