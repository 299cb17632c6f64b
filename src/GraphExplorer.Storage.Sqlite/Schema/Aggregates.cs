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
    /// <summary>
    /// The aggregates of the relationships in <c>@keys</c> that still have assertions, written only where they change; returns
    /// the keys of the rows written (their adjacency rows are then rewritten). A fact repeated by one more article mostly
    /// keeps its aggregate, and then nothing of it is written.
    /// </summary>
    public const string RefreshRelationshipsSql =
        """
        UPDATE relationships SET confidence = n.confidence, date = n.date, date_kind = n.date_kind, place_id = n.place_id, title = n.title, allegation = n.allegation
        FROM (SELECT r.key AS key,
            (SELECT a.confidence FROM assertions a WHERE a.relationship_key = r.key ORDER BY a.confidence DESC LIMIT 1) AS confidence,
            (SELECT a.date FROM assertions a WHERE a.relationship_key = r.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1) AS date,
            (SELECT coalesce(a.date_kind, 'stated') FROM assertions a WHERE a.relationship_key = r.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1) AS date_kind,
            (SELECT a.place_id FROM assertions a WHERE a.relationship_key = r.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1) AS place_id,
            (SELECT a.title FROM assertions a WHERE a.relationship_key = r.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1) AS title,
            (SELECT a.allegation FROM assertions a WHERE a.relationship_key = r.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1) AS allegation
            FROM relationships r WHERE r.key IN (SELECT value FROM json_each(@keys))
                AND EXISTS (SELECT 1 FROM assertions a WHERE a.relationship_key = r.key)) AS n
        WHERE relationships.key = n.key
            AND (relationships.confidence IS NOT n.confidence OR relationships.date IS NOT n.date OR relationships.date_kind IS NOT n.date_kind
                OR relationships.place_id IS NOT n.place_id OR relationships.title IS NOT n.title OR relationships.allegation IS NOT n.allegation)
        RETURNING relationships.key;
        """;

    /// <summary>Each entity's aliases from the distinct-alias counts (<c>entity_alias_counts</c>), not from every article's rows; written only where they change.</summary>
    public const string RefreshAliasesSql =
        """
        UPDATE entities SET aliases = n.aliases
        FROM (SELECT e.id AS id, (SELECT json_group_array(alias) FROM
            (SELECT c.alias FROM entity_alias_counts c WHERE c.entity_id = e.id AND c.alias <> e.name ORDER BY c.alias)) AS aliases
            FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))) AS n
        WHERE entities.id = n.id AND entities.aliases IS NOT n.aliases;
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
