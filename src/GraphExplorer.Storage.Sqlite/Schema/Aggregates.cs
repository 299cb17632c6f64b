namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>
/// SQL that keeps the aggregated columns of <c>relationships</c> and <c>entities</c> equal to what the articles
/// state: folding in each assertion as it is written, recomputing from the rows, for the keys or ids in a JSON array parameter. The rules are GRAPH-SHAPE.md's: the earliest stated date, else the
/// earliest reporting date (<see cref="Core.Model.DateKinds.WithDateOf"/>), with its kind; place, title and allegation
/// from the first article (by id) that states one; highest confidence. The evidence stays in its
/// rows (<c>assertions</c> joined to <c>evidence</c>, ordered by article id, then start), read with the facts that need it.
/// </summary>
internal static class Aggregates
{
    /// <summary>
    /// Writes a fact's row with one assertion folded into its aggregates (<c>@key</c>, <c>@type</c>, <c>@source</c>,
    /// <c>@target</c>; the assertion's <c>@article</c>, <c>@confidence</c>, <c>@date</c>, <c>@dateKind</c>, <c>@place</c>,
    /// <c>@title</c>, <c>@allegation</c>): a new fact starts with the assertion's; a known one takes a higher confidence, a
    /// date that comes first (stated before reported, then earliest), a place, title or allegation of an article whose id
    /// comes before the one they came from, by the rules of <see cref="RecomputeRelationshipsSql"/>. Each is an order on the
    /// assertions, so the aggregate of a set is reached in any order of adding them. A known row is written only when one
    /// of them changes (the statement then reports one change); its two adjacency rows are then written from it
    /// (<see cref="AdjacencyValuesSql"/>, <see cref="PutAdjacencySql"/>): a fact repeated by one more article mostly keeps
    /// its aggregate. One seek, however many articles state the fact.
    /// </summary>
    /// <remarks>
    /// Without RETURNING: SQLite runs a statement with RETURNING as one that may write several rows, in a statement journal
    /// of its own, which copies every page it writes into the save's sub-journal and cuts it back at the end.
    /// </remarks>
    public const string AddAssertionSql =
        $"""
        INSERT INTO relationships (key, type, source_id, target_id, confidence, date, date_kind, place_id, place_article, title, title_article, allegation, allegation_article)
        VALUES (@key, @type, @source, @target, @confidence, @date, CASE WHEN @date IS NULL THEN NULL ELSE coalesce(@dateKind, 'stated') END,
            @place, CASE WHEN @place IS NULL THEN NULL ELSE @article END, @title, CASE WHEN @title IS NULL THEN NULL ELSE @article END,
            @allegation, CASE WHEN @allegation IS NULL THEN NULL ELSE @article END)
        ON CONFLICT (key) DO UPDATE SET
            confidence = max(confidence, @confidence),
            date = CASE WHEN {EarlierDate} THEN @date ELSE date END,
            date_kind = CASE WHEN {EarlierDate} THEN coalesce(@dateKind, 'stated') ELSE date_kind END,
            place_id = CASE WHEN {EarlierPlace} THEN @place ELSE place_id END,
            place_article = CASE WHEN {EarlierPlace} THEN @article ELSE place_article END,
            title = CASE WHEN {EarlierTitle} THEN @title ELSE title END,
            title_article = CASE WHEN {EarlierTitle} THEN @article ELSE title_article END,
            allegation = CASE WHEN {EarlierAllegation} THEN @allegation ELSE allegation END,
            allegation_article = CASE WHEN {EarlierAllegation} THEN @article ELSE allegation_article END
        WHERE @confidence > confidence OR {EarlierDate} OR {EarlierPlace} OR {EarlierTitle} OR {EarlierAllegation};
        """;

    /// <summary>The values of a fact's adjacency rows (<see cref="PutAdjacencySql"/>) read from its row (<c>?1</c>: its key), once <see cref="AddAssertionSql"/> wrote it.</summary>
    public const string AdjacencyValuesSql = "SELECT key, type, source_id, target_id, confidence, date, place_id, title, allegation, date_kind FROM relationships WHERE key = ?1";

    /// <summary>
    /// Writes one adjacency row of a fact from the values <see cref="AdjacencyValuesSql"/> read (<c>@node</c>, <c>@neighbor</c>,
    /// <c>@outgoing</c>: the source's row is outgoing, the target's not): a point write, no read of the fact's row.
    /// </summary>
    public const string PutAdjacencySql =
        """
        INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, place_id, title, allegation, date_kind)
        VALUES (@node, @key, @neighbor, @type, @outgoing, @confidence, @date, @place, @title, @allegation, @dateKind)
        ON CONFLICT (node_id, key) DO UPDATE SET confidence = excluded.confidence, date = excluded.date, place_id = excluded.place_id,
            title = excluded.title, allegation = excluded.allegation, date_kind = excluded.date_kind;
        """;

    // whether the assertion's date comes before the fact's (stated before reported, then earliest)
    private const string EarlierDate =
        "(@date IS NOT NULL AND (date IS NULL OR (coalesce(@dateKind, 'stated') = 'reported') < (date_kind = 'reported') "
        + "OR ((coalesce(@dateKind, 'stated') = 'reported') = (date_kind = 'reported') AND @date < date)))";

    // whether the assertion's place, title, allegation comes from an article before the one the fact's came from
    private const string EarlierPlace = "(@place IS NOT NULL AND (place_article IS NULL OR @article < place_article))";
    private const string EarlierTitle = "(@title IS NOT NULL AND (title_article IS NULL OR @article < title_article))";
    private const string EarlierAllegation = "(@allegation IS NOT NULL AND (allegation_article IS NULL OR @article < allegation_article))";

    /// <summary>
    /// The keys of the facts an article's assertions hold an aggregate of (the highest confidence, the first date, the
    /// place, title or allegation): taking such an assertion back calls for <see cref="RecomputeRelationshipsSql"/>; taking
    /// back any other leaves the aggregates as they are.
    /// </summary>
    public const string HeldByArticleSql =
        """
        SELECT a.relationship_key FROM assertions a JOIN relationships r ON r.key = a.relationship_key
        WHERE a.article_id = @article AND (a.confidence >= r.confidence
            OR (a.date IS NOT NULL AND a.date IS r.date AND coalesce(a.date_kind, 'stated') IS r.date_kind)
            OR a.article_id IS r.place_article OR a.article_id IS r.title_article OR a.article_id IS r.allegation_article)
        """;

    /// <summary>
    /// The aggregates of the relationships in <c>@keys</c> that still have assertions, recomputed from all their rows
    /// (each a range of the (relationship_key, article_id) index): the highest confidence; the earliest stated date, else
    /// the earliest reporting date (<see cref="Core.Model.DateKinds.WithDateOf"/>), with its kind; place, title and
    /// allegation from the first article (by id) that states one, with that article. Written only where they change;
    /// returns the keys of the rows written. Needed only when an assertion holding an aggregate goes.
    /// </summary>
    public const string RecomputeRelationshipsSql =
        """
        UPDATE relationships SET confidence = n.confidence, date = n.date, date_kind = n.date_kind, place_id = n.place_id, title = n.title,
            allegation = n.allegation, place_article = n.place_article, title_article = n.title_article, allegation_article = n.allegation_article
        FROM (SELECT r.key AS key,
            (SELECT max(a.confidence) FROM assertions a WHERE a.relationship_key = r.key) AS confidence,
            (SELECT a.date FROM assertions a WHERE a.relationship_key = r.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1) AS date,
            (SELECT coalesce(a.date_kind, 'stated') FROM assertions a WHERE a.relationship_key = r.key AND a.date IS NOT NULL
                ORDER BY coalesce(a.date_kind, 'stated') = 'reported', a.date LIMIT 1) AS date_kind,
            (SELECT a.place_id FROM assertions a WHERE a.relationship_key = r.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1) AS place_id,
            (SELECT a.article_id FROM assertions a WHERE a.relationship_key = r.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1) AS place_article,
            (SELECT a.title FROM assertions a WHERE a.relationship_key = r.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1) AS title,
            (SELECT a.article_id FROM assertions a WHERE a.relationship_key = r.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1) AS title_article,
            (SELECT a.allegation FROM assertions a WHERE a.relationship_key = r.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1) AS allegation,
            (SELECT a.article_id FROM assertions a WHERE a.relationship_key = r.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1) AS allegation_article
            FROM relationships r WHERE r.key IN (SELECT value FROM json_each(@keys))
                AND EXISTS (SELECT 1 FROM assertions a WHERE a.relationship_key = r.key)) AS n
        WHERE relationships.key = n.key
            AND (relationships.confidence IS NOT n.confidence OR relationships.date IS NOT n.date OR relationships.date_kind IS NOT n.date_kind
                OR relationships.place_id IS NOT n.place_id OR relationships.title IS NOT n.title OR relationships.allegation IS NOT n.allegation
                OR relationships.place_article IS NOT n.place_article OR relationships.title_article IS NOT n.title_article
                OR relationships.allegation_article IS NOT n.allegation_article)
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
