namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>
/// SQL that recomputes the aggregated columns of <c>relationships</c> and <c>entities</c> from what the articles
/// state, for the keys or ids in a JSON array parameter. The rules are GRAPH-SHAPE.md's: the earliest stated date, else the
/// earliest reporting date (<see cref="Core.Model.DateKinds.WithDateOf"/>), with its kind; place, title and allegation
/// from the first article (by id) that states one; highest confidence. The evidence stays in its
/// rows (<c>assertions</c> joined to <c>evidence</c>, ordered by article id, then start), read with the facts that need it.
/// </summary>
internal static class Aggregates
{
    // Each aggregate is one seek on an index of assertions (see migration 7), so refreshing a fact costs the same whether
    // two articles state it or two thousand; the evidence is not aggregated at all: it is read from its rows when asked for.
    // The date's ORDER BY is the expression of index assertions_key_date word for word (stated before reported, then
    // earliest), which is what lets SQLite seek it instead of sorting every assertion of the fact.
    public const string RefreshRelationshipsSql =
        """
        UPDATE relationships SET
            confidence = (SELECT a.confidence FROM assertions a WHERE a.relationship_key = relationships.key ORDER BY a.confidence DESC LIMIT 1),
            date = (SELECT a.date FROM assertions a WHERE a.relationship_key = relationships.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1),
            date_kind = (SELECT coalesce(a.date_kind, 'stated') FROM assertions a WHERE a.relationship_key = relationships.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1),
            place_id = (SELECT a.place_id FROM assertions a WHERE a.relationship_key = relationships.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1),
            title = (SELECT a.title FROM assertions a WHERE a.relationship_key = relationships.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1),
            allegation = (SELECT a.allegation FROM assertions a WHERE a.relationship_key = relationships.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1)
        WHERE key IN (SELECT value FROM json_each(@keys));
        """;

    /// <summary>Each entity's aliases from the distinct-alias counts (<c>entity_alias_counts</c>), not from every article's rows.</summary>
    public const string RefreshAliasesSql =
        """
        UPDATE entities SET aliases = (SELECT json_group_array(alias) FROM
            (SELECT c.alias FROM entity_alias_counts c WHERE c.entity_id = entities.id AND c.alias <> entities.name ORDER BY c.alias))
        WHERE id IN (SELECT value FROM json_each(@ids));
        """;

    /// <summary>
    /// Removes the adjacency rows of these keys (run while their relationship rows still exist). Written as two IN lists,
    /// endpoints and keys, so SQLite seeks the primary key: a row-value IN over a subquery scanned the whole table at
    /// every save, which made ingest grow with the square of the store.
    /// </summary>
    public const string ForgetAdjacencySql =
        """
        DELETE FROM adjacency WHERE key IN (SELECT value FROM json_each(@keys)) AND node_id IN (
            SELECT source_id FROM relationships WHERE key IN (SELECT value FROM json_each(@keys))
            UNION ALL SELECT target_id FROM relationships WHERE key IN (SELECT value FROM json_each(@keys)));
        """;

    /// <summary>Writes both adjacency rows of these keys from their aggregated relationship rows.</summary>
    public const string WriteAdjacencySql =
        """
        INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, place_id, title, allegation, date_kind)
        SELECT source_id, key, target_id, type, 1, confidence, date, place_id, title, allegation, date_kind
            FROM relationships WHERE key IN (SELECT value FROM json_each(@keys))
        UNION ALL
        SELECT target_id, key, source_id, type, 0, confidence, date, place_id, title, allegation, date_kind
            FROM relationships WHERE key IN (SELECT value FROM json_each(@keys));
        """;
}
