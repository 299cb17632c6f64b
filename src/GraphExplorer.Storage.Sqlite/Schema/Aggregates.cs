namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>
/// SQL that recomputes the aggregated columns of <c>relationships</c> and <c>entities</c> from what the articles
/// state, for the keys or ids in a JSON array parameter. The rules are GRAPH-SHAPE.md's: the earliest stated date, else the
/// earliest reporting date (<see cref="Core.Model.DateKinds.WithDateOf"/>), with its kind; place,
/// title and allegation from the first article (by id) that states one; highest confidence; evidence ordered by
/// article id, then start.
/// </summary>
internal static class Aggregates
{
    public const string RefreshRelationshipsSql =
        """
        UPDATE relationships SET
            confidence = (SELECT max(a.confidence) FROM assertions a WHERE a.relationship_key = relationships.key),
            date = (SELECT a.date FROM assertions a WHERE a.relationship_key = relationships.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1),
            date_kind = (SELECT coalesce(a.date_kind, 'stated') FROM assertions a WHERE a.relationship_key = relationships.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1),
            place_id = (SELECT a.place_id FROM assertions a WHERE a.relationship_key = relationships.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1),
            title = (SELECT a.title FROM assertions a WHERE a.relationship_key = relationships.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1),
            allegation = (SELECT a.allegation FROM assertions a WHERE a.relationship_key = relationships.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1),
            evidence = (SELECT json_group_array(json_array(article_id, start, "end", sentence)) FROM
                (SELECT a.article_id, e.start, e."end", e.sentence FROM assertions a JOIN evidence e ON e.assertion_id = a.id
                 WHERE a.relationship_key = relationships.key ORDER BY a.article_id, e.start, e."end"))
        WHERE key IN (SELECT value FROM json_each(@keys));
        """;

    /// <summary>The refresh as schema version 2 knew it (no date kinds): migration 2 runs it, and a migration never changes.</summary>
    public const string RefreshRelationshipsVersion2Sql =
        """
        UPDATE relationships SET
            confidence = (SELECT max(a.confidence) FROM assertions a WHERE a.relationship_key = relationships.key),
            date = (SELECT min(a.date) FROM assertions a WHERE a.relationship_key = relationships.key),
            place_id = (SELECT a.place_id FROM assertions a WHERE a.relationship_key = relationships.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1),
            title = (SELECT a.title FROM assertions a WHERE a.relationship_key = relationships.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1),
            allegation = (SELECT a.allegation FROM assertions a WHERE a.relationship_key = relationships.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1),
            evidence = (SELECT json_group_array(json_array(article_id, start, "end", sentence)) FROM
                (SELECT a.article_id, e.start, e."end", e.sentence FROM assertions a JOIN evidence e ON e.assertion_id = a.id
                 WHERE a.relationship_key = relationships.key ORDER BY a.article_id, e.start, e."end"))
        WHERE key IN (SELECT value FROM json_each(@keys));
        """;

    public const string RefreshAliasesSql =
        """
        UPDATE entities SET aliases = (SELECT json_group_array(alias) FROM
            (SELECT DISTINCT a.alias FROM entity_aliases a WHERE a.entity_id = entities.id AND a.alias <> entities.name ORDER BY a.alias))
        WHERE id IN (SELECT value FROM json_each(@ids));
        """;

    /// <summary>Removes the adjacency rows of these keys (run while their relationship rows still exist).</summary>
    public const string ForgetAdjacencySql =
        """
        DELETE FROM adjacency WHERE (node_id, key) IN (
            SELECT source_id, key FROM relationships WHERE key IN (SELECT value FROM json_each(@keys))
            UNION ALL SELECT target_id, key FROM relationships WHERE key IN (SELECT value FROM json_each(@keys)));
        """;

    /// <summary>Writes both adjacency rows of these keys from their aggregated relationship rows.</summary>
    public const string WriteAdjacencySql =
        """
        INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, place_id, title, allegation, evidence, date_kind)
        SELECT source_id, key, target_id, type, 1, confidence, date, place_id, title, allegation, evidence, date_kind
            FROM relationships WHERE key IN (SELECT value FROM json_each(@keys))
        UNION ALL
        SELECT target_id, key, source_id, type, 0, confidence, date, place_id, title, allegation, evidence, date_kind
            FROM relationships WHERE key IN (SELECT value FROM json_each(@keys));
        """;
}
