using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// Stores one article's graph in the caller's transaction: removes what the article stated before,
/// inserts what it states now, then drops facts and entities nobody states or mentions any more.
/// </summary>
/// <remarks>With <c>identityKeys</c>, an entity's identity keys are kept with its name keys; without, the store forgets
/// which rules its identity keys were made by (<see cref="IdentityKeyRows"/>), since they are no longer complete.</remarks>
/// <remarks>
/// What it learns of the stored entities is kept in <c>memory</c> (<see cref="WriterMemory"/>), from batch to batch while
/// nothing else writes (<see cref="WriterSession"/>); the key rows it adds and removes are told to the memory's copy of
/// those read for resolution (<see cref="EntityKeyCache"/>).
/// </remarks>
internal sealed class ArticleWriter(SqliteConnection connection, SqliteTransaction transaction, Core.Storage.IEntityIdentityKeys? identityKeys, WriterMemory memory, KeyMemo keyMemo)
    : IDisposable
{
    private bool rulesForgotten;

    /// <summary>
    /// The names (chosen name and aliases) of the entities written by this writer's batches, as their name keys, identity
    /// keys and search row were made from: an entity an article names again with none but these keeps all of them, and its
    /// row, unless its chosen name changes. Only the batch writes (it holds the write lock); a save taken back empties it
    /// (the whole memory: <see cref="SqliteArticleBatch"/>), and so does a write by anything else (<see cref="WriterSession"/>).
    /// </summary>
    private readonly Dictionary<string, SortedSet<string>> namesOf = memory.NamesOf;

    private readonly EntityKeyCache keyCache = memory.Keys;

    /// <summary>
    /// The writer's statements, prepared once for all the articles of the transaction (a command keeps its prepared
    /// statements while its text stays the same); each use starts from no parameters.
    /// </summary>
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    /// <summary>
    /// The counts of the names and aliases articles give entities, kept by the writer (schema 10: no triggers), written
    /// when the batch commits or before the rows of an entity are read (<see cref="CountDeltas"/>).
    /// </summary>
    private readonly CountDeltas nameDeltas = new("entity_name_counts", "name"), aliasDeltas = new("entity_alias_counts", "alias");

    /// <summary>
    /// The entities read by this writer's batches: their stored name and how many articles give them each name, the table's
    /// counts with <see cref="nameDeltas"/> added (an entity with a change not yet written is always here). Only the batch
    /// writes, in place: a save taken back forgets the whole memory (<see cref="SqliteArticleBatch"/>).
    /// </summary>
    private readonly Dictionary<string, EntityNames> nameCounts = memory.NameCounts;

    /// <summary>An entity's stored name (null: no row) and how many articles give it each name.</summary>
    internal sealed class EntityNames(string? stored, Dictionary<string, int> counts)
    {
        public string? Stored { get; set; } = stored;

        public Dictionary<string, int> Counts { get; } = counts;

        /// <summary>The name chosen from <see cref="Counts"/> when they were last chosen from (null: not chosen since read).</summary>
        public string? Chosen { get; set; }
    }

    /// <summary>The writer's one-row statements, bound by position (<see cref="PositionalStatement"/>), prepared once for the transaction.</summary>
    private readonly Dictionary<string, PositionalStatement> statements = new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }

        statements.Clear();
    }

    /// <summary>The one-row statement of this text, prepared once for the transaction (values stay bound from the last run).</summary>
    public PositionalStatement Statement(string sql)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            statement = new PositionalStatement(connection, sql);
            statements[sql] = statement;
        }

        return statement;
    }

    /// <summary>The statement of this text, prepared once for the transaction, without parameters.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql, transaction);
            commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>Writes the article; returns the ids of the entities whose rows it may have changed (or removed).</summary>
    public async Task<IReadOnlyCollection<string>> WriteAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        var articleId = graph.Article.Id;
        List<string> oldKeys, oldEntities, heldKeys;

        // the article's changes to the name counts (+1 for a name it gives an entity now, -1 for one it gave before)
        var nameChanges = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        using (WriteTrace.Step("article"))
        {
            oldKeys = await ReadAsync("SELECT relationship_key FROM assertions WHERE article_id = @article", articleId, cancellationToken);
            oldEntities = [];
            foreach (var (entity, name) in await ReadPairsAsync("SELECT entity_id, name FROM mentions WHERE article_id = @article", articleId, cancellationToken))
            {
                oldEntities.Add(entity);
                if (name is not null)
                {
                    CountName(nameChanges, entity, name, -1);
                }
            }

            if (oldEntities.Count > 0)
            {
                foreach (var (entity, alias) in await ReadPairsAsync("SELECT entity_id, alias FROM entity_aliases WHERE article_id = @article", articleId, cancellationToken))
                {
                    aliasDeltas.Add(entity, alias!, -1);
                }
            }

            // the facts whose aggregate one of the assertions taken back held: recomputed from their rows once the article is written
            heldKeys = oldKeys.Count == 0 ? [] : await ReadAsync(Aggregates.HeldByArticleSql, articleId, cancellationToken);

            await UpsertArticleAsync(graph.Article, cancellationToken);
            if (oldKeys.Count > 0 || oldEntities.Count > 0)
            {
                // (an article's aliases are those of the entities it mentions: without mentions, it has none)
                await ExecuteAsync(
                    """
                    DELETE FROM assertions WHERE article_id = @article;
                    DELETE FROM mentions WHERE article_id = @article;
                    DELETE FROM entity_aliases WHERE article_id = @article;
                    """,
                    articleId,
                    cancellationToken);
            }
        }

        using (WriteTrace.Step("entities"))
        {
            InsertEntities(articleId, graph.Entities, nameChanges, created);
        }

        List<string> newKeys;
        using (WriteTrace.Step("facts"))
        {
            newKeys = InsertRelationships(articleId, graph.Relationships);
        }

        using (WriteTrace.Step("fact-aggregates"))
        {
            await RefreshRelationshipsAsync(oldKeys, newKeys, heldKeys, cancellationToken);
        }

        using (WriteTrace.Step("entity-aggregates"))
        {
            return await RefreshEntitiesAsync(oldEntities, graph.Entities, nameChanges, created, cancellationToken);
        }
    }

    /// <summary>Writes the changes to the name and alias counts not written yet: before the transaction commits.</summary>
    public void FlushCounts()
    {
        nameDeltas.Flush(this, null);
        aliasDeltas.Flush(this, null);
    }

    private static void CountName(Dictionary<string, Dictionary<string, int>> changes, string entity, string name, int delta)
    {
        if (!changes.TryGetValue(entity, out var names))
        {
            changes[entity] = names = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        names[name] = names.GetValueOrDefault(name) + delta;
    }

    private async Task UpsertArticleAsync(Article article, CancellationToken cancellationToken)
    {
        var command = Command(
            """
            INSERT INTO articles (id, title, published, publisher, author, source, content_hash)
            VALUES (@id, @title, @published, @publisher, @author, @source, @hash)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, publisher = excluded.publisher,
                author = excluded.author, source = excluded.source, content_hash = excluded.content_hash
            """)
            .With("@id", article.Id).With("@title", article.Title)
            .With("@published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .With("@publisher", article.Publisher).With("@author", article.Author).With("@source", article.Source)
            .With("@hash", article.ContentHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts the article's mentions and aliases, and the entities not stored yet (<paramref name="created"/>: their ids
    /// with the name their row was made with); the names and aliases inserted are counted (<paramref name="nameChanges"/>,
    /// <see cref="aliasDeltas"/>).
    /// </summary>
    private void InsertEntities(
        string articleId, IReadOnlyList<Entity> entities, Dictionary<string, Dictionary<string, int>> nameChanges, Dictionary<string, string> created)
    {
        // a new entity starts under this article's name; RefreshEntitiesAsync then chooses among every article's names
        var entity = Statement("INSERT INTO entities (id, label, name) VALUES (@id, @label, @name) ON CONFLICT (id) DO NOTHING");
        var mention = Statement("INSERT OR IGNORE INTO mentions (article_id, entity_id, name) VALUES (@article, @id, @name)");
        var alias = Statement("INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias) VALUES (@id, @article, @alias)");
        mention.Text(1, articleId);
        alias.Text(2, articleId);
        foreach (var item in entities)
        {
            var id = item.Id;
            var name = item.Name.Trim();
            if (!namesOf.ContainsKey(id))
            {
                // (an entity written before in this transaction is there)
                entity.Text(1, id);
                entity.Text(2, item.Label);
                entity.Text(3, name);
                if (entity.Execute() > 0)
                {
                    created[id] = name;
                }
            }

            // an entity the article lists twice is mentioned once, under its first name (the rows' primary keys)
            mention.Text(2, id);
            mention.Text(3, name);
            if (mention.Execute() > 0)
            {
                CountName(nameChanges, id, name, 1);
            }

            alias.Text(1, id);
            foreach (var each in item.AllNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                alias.Text(3, each);
                if (alias.Execute() > 0)
                {
                    aliasDeltas.Add(id, each, 1);
                }
            }
        }
    }

    /// <summary>
    /// Inserts the article's assertions and evidence, and the relationship rows not there yet, and folds each assertion
    /// into its fact's aggregates (<see cref="Aggregates.AddAssertionSql"/>), writing the adjacency rows of the facts it
    /// creates or whose aggregate it changes; returns the keys.
    /// </summary>
    private List<string> InsertRelationships(string articleId, IReadOnlyList<Relationship> relationships)
    {
        var relationship = Statement(Aggregates.AddAssertionSql);
        var assertion = Statement(
            """
            INSERT INTO assertions (relationship_key, article_id, date, date_kind, place_id, title, allegation, confidence)
            VALUES (@key, @article, @date, @dateKind, @place, @title, @allegation, @confidence)
            """);
        var written = Statement(Aggregates.AdjacencyValuesSql);
        var evidence = Statement("INSERT OR IGNORE INTO evidence (assertion_id, sentence, start, \"end\") VALUES (@assertion, @sentence, @start, @end)");
        var adjacency = Statement(Aggregates.PutAdjacencySql);
        var (rKey, rType, rSource, rTarget, rArticle, rDate, rDateKind, rPlace, rTitle, rAllegation, rConfidence) = (
            relationship.Index("@key"), relationship.Index("@type"), relationship.Index("@source"), relationship.Index("@target"), relationship.Index("@article"),
            relationship.Index("@date"), relationship.Index("@dateKind"), relationship.Index("@place"), relationship.Index("@title"), relationship.Index("@allegation"),
            relationship.Index("@confidence"));
        relationship.Text(rArticle, articleId);
        assertion.Text(2, articleId);

        var keys = new List<string>();
        foreach (var fact in MergeByKey(relationships))
        {
            var key = fact.Key; // (made anew at each read)
            keys.Add(key);
            var date = fact.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var dateKind = fact.Date is null ? null : fact.DateKind.Name();
            relationship.Text(rKey, key);
            relationship.Text(rType, EdgeTypes.Get(fact.Type).Name);
            relationship.Text(rSource, fact.SourceId);
            relationship.Text(rTarget, fact.TargetId);
            relationship.Text(rDate, date);
            relationship.Text(rDateKind, dateKind);
            relationship.Text(rPlace, fact.PlaceId);
            relationship.Text(rTitle, fact.Title);
            relationship.Text(rAllegation, fact.Allegation);
            relationship.Real(rConfidence, fact.Confidence);
            if (relationship.Execute() > 0)
            {
                // new, or its aggregate changed: both adjacency rows from the row as written
                written.Text(1, key);
                if (!written.First())
                {
                    throw new InvalidOperationException($"The fact {key} was not written.");
                }

                PutAdjacency(written, adjacency);
                written.Reset();
            }

            // key, article, date, date_kind, place, title, allegation, confidence
            assertion.Text(1, key);
            assertion.Text(3, date);
            assertion.Text(4, dateKind);
            assertion.Text(5, fact.PlaceId);
            assertion.Text(6, fact.Title);
            assertion.Text(7, fact.Allegation);
            assertion.Real(8, fact.Confidence);
            if (assertion.Execute() != 1)
            {
                throw new InvalidOperationException($"The assertion of {key} was not written.");
            }

            var assertionId = assertion.LastInsertRowId;

            evidence.Integer(1, assertionId);
            foreach (var item in fact.Evidence)
            {
                evidence.Text(2, item.Sentence);
                evidence.Integer(3, item.Start);
                evidence.Integer(4, item.End);
                evidence.Execute();
            }
        }

        return keys;
    }

    /// <summary>Writes the two adjacency rows of a fact from its row as <see cref="Aggregates.AddAssertionSql"/> wrote it (the current row of <paramref name="written"/>, <see cref="Aggregates.AdjacencyValuesSql"/>).</summary>
    private static void PutAdjacency(PositionalStatement written, PositionalStatement adjacency)
    {
        // read: key, type, source_id, target_id, confidence, date, place_id, title, allegation, date_kind
        // bound: node, key, neighbor, type, outgoing, confidence, date, place, title, allegation, dateKind
        var source = written.ColumnText(2);
        var target = written.ColumnText(3);
        adjacency.Text(2, written.ColumnText(0));
        adjacency.Text(4, written.ColumnText(1));
        adjacency.Real(6, written.ColumnReal(4));
        adjacency.Text(7, written.ColumnText(5));
        adjacency.Text(8, written.ColumnText(6));
        adjacency.Text(9, written.ColumnText(7));
        adjacency.Text(10, written.ColumnText(8));
        adjacency.Text(11, written.ColumnText(9));
        adjacency.Text(1, source);
        adjacency.Text(3, target);
        adjacency.Integer(5, 1);
        adjacency.Execute();
        adjacency.Text(1, target);
        adjacency.Text(3, source);
        adjacency.Integer(5, 0);
        adjacency.Execute();
    }

    /// <summary>One article stating the same fact twice is one assertion with the evidence of both.</summary>
    private static IEnumerable<Relationship> MergeByKey(IReadOnlyList<Relationship> relationships) =>
        relationships.Select(r => r.Canonical()).GroupBy(r => r.Key, StringComparer.Ordinal).Select(group => group.Skip(1).Aggregate(group.First(), (merged, next) => merged.WithDateOf(next) with
        {
            Evidence = [.. merged.Evidence.Concat(next.Evidence)],
            PlaceId = merged.PlaceId ?? next.PlaceId,
            Title = merged.Title ?? next.Title,
            Allegation = merged.Allegation ?? next.Allegation,
            Confidence = Math.Max(merged.Confidence, next.Confidence),
        }));

    /// <summary>
    /// Brings the aggregated rows of the facts the article stated before up to date (those of the facts it states now,
    /// and their adjacency rows, were as each assertion was written), and the two adjacency rows of every fact whose row
    /// changed here: a fact that one
    /// more article repeats mostly keeps its aggregate (its earliest date, its first place, its highest confidence), and
    /// then neither its row nor its adjacency is written. Facts the article no longer states go when nobody else states
    /// them; those whose aggregate one of its old assertions held are recomputed from their rows.
    /// </summary>
    private async Task RefreshRelationshipsAsync(List<string> oldKeys, List<string> newKeys, List<string> heldKeys, CancellationToken cancellationToken)
    {
        var rewrite = new HashSet<string>(StringComparer.Ordinal);
        var dropped = oldKeys.Except(newKeys, StringComparer.Ordinal).ToList();
        if (dropped.Count > 0)
        {
            // facts the article no longer states: gone when nobody else states them (else their aggregate changes only if the
            // article's assertion held it: recomputed below; their adjacency rows, forgotten here, are written again)
            var forget = Command(
                Aggregates.ForgetAdjacencySql
                + """
                DELETE FROM relationships WHERE key IN (SELECT value FROM json_each(@keys))
                    AND NOT EXISTS (SELECT 1 FROM assertions a WHERE a.relationship_key = relationships.key);
                """).With("@keys", CommandExtensions.JsonList(dropped));
            await forget.ExecuteNonQueryAsync(cancellationToken);
            rewrite.UnionWith(dropped);
        }

        if (heldKeys.Count > 0)
        {
            var recompute = Command(Aggregates.RecomputeRelationshipsSql).With("@keys", CommandExtensions.JsonList(heldKeys.Distinct(StringComparer.Ordinal)));
            rewrite.UnionWith(await recompute.ReadStringsAsync(cancellationToken));
        }

        if (rewrite.Count > 0)
        {
            var adjacency = Command(Aggregates.ForgetAdjacencySql + Aggregates.WriteAdjacencySql)
                .With("@keys", CommandExtensions.JsonList(rewrite));
            await adjacency.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The entities the article mentioned before or mentions now: their chosen names, then, for those whose names may have
    /// changed, their aliases, name keys and search rows, each written only where it differs from what is stored; entities
    /// nobody mentions any more go. An entity the article names with none but the names it had in this transaction, and
    /// whose chosen name stays, keeps everything. Returns the ids of the entities whose rows may have changed (or gone).
    /// </summary>
    private async Task<IReadOnlyCollection<string>> RefreshEntitiesAsync(
        List<string> oldEntities, IReadOnlyList<Entity> entities, Dictionary<string, Dictionary<string, int>> nameChanges, Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        var namesNow = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var item in entities)
        {
            if (!namesNow.TryGetValue(item.Id, out var set))
            {
                namesNow[item.Id] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(item.AllNames.Select(n => n.Trim()).Where(n => n.Length > 0));
        }

        var ids = new HashSet<string>(oldEntities, StringComparer.Ordinal);
        ids.UnionWith(namesNow.Keys);
        var renamed = await RefreshNamesAsync(ids, nameChanges, created, cancellationToken);

        // an article stored before may have taken names away: everything it mentioned is made again
        var changed = oldEntities.Count > 0
            ? ids
            : ids.Where(id => renamed.Contains(id) || !namesOf.TryGetValue(id, out var known) || !namesNow[id].IsSubsetOf(known)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in changed)
        {
            namesOf.Remove(id);
        }

        // only an entity the article mentioned before and does not now can be left without mentions
        var gone = oldEntities.Where(id => !namesNow.ContainsKey(id)).ToList();
        if (gone.Count > 0)
        {
            var orphans = Command(
                """
                DELETE FROM entity_search WHERE rowid IN (SELECT e.seq FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))
                    AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id));
                DELETE FROM entity_name_keys WHERE entity_id IN (SELECT e.id FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))
                    AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id));
                DELETE FROM entity_identity_keys WHERE entity_id IN (SELECT e.id FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))
                    AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id));
                DELETE FROM entities WHERE id IN (SELECT value FROM json_each(@ids))
                    AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id);
                """).With("@ids", CommandExtensions.JsonList(gone));
            if (await orphans.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                keyCache.Clear(); // entities went, and their keys with them
            }
        }

        if (changed.Count == 0)
        {
            return changed;
        }

        // their aliases are read from the counts: written first
        aliasDeltas.Flush(this, changed);
        var idList = CommandExtensions.JsonList(changed);
        var aliases = Command(Aggregates.RefreshAliasesSql).With("@ids", idList);
        await aliases.ExecuteNonQueryAsync(cancellationToken);

        var names = Command(
            """
            SELECT e.seq, e.id, e.name, a.alias, e.label FROM entities e LEFT JOIN entity_alias_counts a ON a.entity_id = e.id
            WHERE e.id IN (SELECT value FROM json_each(@ids)) ORDER BY e.seq
            """).With("@ids", idList);
        var byEntity = new Dictionary<long, (string Id, SortedSet<string> Names)>();
        var labels = new Dictionary<long, string>();
        using (var reader = await names.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var seq = reader.GetInt64(0);
                if (!byEntity.TryGetValue(seq, out var entry))
                {
                    entry = (reader.GetString(1), new SortedSet<string>(StringComparer.Ordinal) { reader.GetString(2) });
                    byEntity[seq] = entry;
                    labels[seq] = reader.GetString(4);
                }

                if (!reader.IsDBNull(3))
                {
                    entry.Names.Add(reader.GetString(3));
                }
            }
        }

        var storedKeys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var read = Command("SELECT entity_id, name_key FROM entity_name_keys WHERE entity_id IN (SELECT value FROM json_each(@ids))")
            .With("@ids", idList);
        using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!storedKeys.TryGetValue(id, out var set))
                {
                    storedKeys[id] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(reader.GetString(1));
            }
        }

        await RefreshIdentityKeysAsync(byEntity.Select(e => (e.Value.Id, labels[e.Key], (IEnumerable<string>)e.Value.Names)), cancellationToken);
        foreach (var (id, entityNames) in byEntity.Values)
        {
            namesOf[id] = entityNames;
        }

        var addKey = Statement("INSERT OR IGNORE INTO entity_name_keys (name_key, entity_id) VALUES (?1, ?2)");
        var removeKey = Statement("DELETE FROM entity_name_keys WHERE name_key = ?1 AND entity_id = ?2");
        var storedSearch = Statement("SELECT names FROM entity_search WHERE rowid = ?1");
        var removeSearch = Statement("DELETE FROM entity_search WHERE rowid = ?1");
        var addSearch = Statement("INSERT INTO entity_search (rowid, entity_id, names) VALUES (?1, ?2, ?3)");
        foreach (var (seq, (id, entityNames)) in byEntity)
        {
            var keys = entityNames.SelectMany(n => keyMemo.LookupKeys(n, labels[seq])).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var stored = storedKeys.GetValueOrDefault(id) ?? [];
            foreach (var (statement, difference, added) in new[] { (addKey, keys.Except(stored), true), (removeKey, stored.Except(keys), false) })
            {
                statement.Text(2, id);
                foreach (var nameKey in difference.Order(StringComparer.Ordinal))
                {
                    statement.Text(1, nameKey);
                    if (statement.Execute() > 0)
                    {
                        if (added)
                        {
                            keyCache.NameKeyAdded(nameKey, id, labels[seq]);
                        }
                        else
                        {
                            keyCache.NameKeyRemoved(nameKey, id);
                        }
                    }
                }
            }

            var search = string.Join(" | ", entityNames.Select(keyMemo.SearchKey));
            storedSearch.Integer(1, seq);
            string? current = null;
            if (storedSearch.First())
            {
                current = storedSearch.ColumnText(0);
                storedSearch.Reset();
            }

            if (current != search)
            {
                if (current is not null)
                {
                    removeSearch.Integer(1, seq);
                    removeSearch.Execute();
                }

                addSearch.Integer(1, seq);
                addSearch.Text(2, id);
                addSearch.Text(3, search);
                addSearch.Execute();
            }
        }

        return changed;
    }

    /// <summary>The identity keys of the entities of a label that has them, written where they differ from what is stored.</summary>
    private async Task RefreshIdentityKeysAsync(IEnumerable<(string Id, string Label, IEnumerable<string> Names)> entities, CancellationToken cancellationToken)
    {
        if (identityKeys is null)
        {
            if (!rulesForgotten)
            {
                await IdentityKeyRows.ForgetRulesAsync(connection, transaction, cancellationToken);
                rulesForgotten = true;
            }

            return;
        }

        var keyed = entities.Where(e => identityKeys.HasKeys(e.Label)).ToList();
        if (keyed.Count == 0)
        {
            return;
        }

        var stored = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var read = Command("SELECT entity_id, identity_key FROM entity_identity_keys WHERE entity_id IN (SELECT value FROM json_each(@ids))")
            .With("@ids", CommandExtensions.JsonList(keyed.Select(e => e.Id)));
        using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!stored.TryGetValue(id, out var set))
                {
                    stored[id] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(reader.GetString(1));
            }
        }

        var add = Statement("INSERT OR IGNORE INTO entity_identity_keys (identity_key, entity_id) VALUES (?1, ?2)");
        var remove = Statement("DELETE FROM entity_identity_keys WHERE identity_key = ?1 AND entity_id = ?2");
        foreach (var (id, label, names) in keyed)
        {
            var keys = keyMemo.KeysOfEntity(label, names);
            var old = stored.GetValueOrDefault(id) ?? [];
            foreach (var (statement, changed, added) in new[] { (add, keys.Except(old), true), (remove, old.Except(keys), false) })
            {
                statement.Text(2, id);
                foreach (var key in changed.Order(StringComparer.Ordinal))
                {
                    statement.Text(1, key);
                    if (statement.Execute() > 0)
                    {
                        if (added)
                        {
                            keyCache.IdentityKeyAdded(key, id);
                        }
                        else
                        {
                            keyCache.IdentityKeyRemoved(key, id);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Each entity's name: the one chosen from the names its articles give it, whatever order they came in; returns the ids
    /// of those renamed. The counts are the writer's (<see cref="nameCounts"/>, read from the table the first time an entity
    /// comes up in the transaction) with the article's <paramref name="nameChanges"/>; an entity is written only when the
    /// name chosen differs from the stored one (mostly it does not).
    /// </summary>
    private async Task<HashSet<string>> RefreshNamesAsync(
        HashSet<string> ids, Dictionary<string, Dictionary<string, int>> nameChanges, Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !nameCounts.ContainsKey(id)).ToList();
        var loaded = new Dictionary<string, EntityNames>(StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            var read = Command(
                """
                SELECT e.id, e.name, c.name, c.articles FROM entities e LEFT JOIN entity_name_counts c ON c.entity_id = e.id
                WHERE e.id IN (SELECT value FROM json_each(@ids))
                """).With("@ids", CommandExtensions.JsonList(missing));
            using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!loaded.TryGetValue(id, out var entry))
                {
                    loaded[id] = entry = new EntityNames(reader.GetString(1), new Dictionary<string, int>(StringComparer.Ordinal));
                }

                if (!reader.IsDBNull(2))
                {
                    entry.Counts[reader.GetString(2)] = reader.GetInt32(3);
                }
            }
        }

        var update = Statement("UPDATE entities SET name = ?2 WHERE id = ?1 AND name <> ?2");
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var names = nameCounts.TryGetValue(id, out var known) ? known : loaded.GetValueOrDefault(id) ?? new EntityNames(null, new(StringComparer.Ordinal));
            if (created.TryGetValue(id, out var madeWith))
            {
                names.Stored = madeWith;
            }

            // the name chosen, and stored, only gains articles: it stays first (the order is a count first), nothing to choose
            var chosenGrows = names.Chosen is not null && string.Equals(names.Chosen, names.Stored, StringComparison.Ordinal);
            if (nameChanges.TryGetValue(id, out var changes))
            {
                foreach (var (name, delta) in changes)
                {
                    if (delta == 0)
                    {
                        continue;
                    }

                    chosenGrows &= delta > 0 && string.Equals(name, names.Chosen, StringComparison.Ordinal);

                    nameDeltas.Add(id, name, delta);
                    var count = names.Counts.GetValueOrDefault(name) + delta;
                    if (count > 0)
                    {
                        names.Counts[name] = count;
                    }
                    else
                    {
                        names.Counts.Remove(name);
                    }
                }
            }

            nameCounts[id] = names;
            if (names.Counts.Count == 0)
            {
                names.Chosen = null;
                continue; // mentioned by no article under a name: nothing to choose from
            }

            if (chosenGrows)
            {
                continue;
            }

            var chosen = Core.Text.NameKey.ChooseNameByCounts(names.Counts.Select(c => (c.Key, c.Value)));
            names.Chosen = chosen;
            if (string.Equals(chosen, names.Stored, StringComparison.Ordinal))
            {
                continue;
            }

            update.Text(1, id);
            update.Text(2, chosen);
            if (update.Execute() > 0)
            {
                renamed.Add(id);
            }

            names.Stored = chosen;
        }

        return renamed;
    }

    private async Task<List<(string, string?)>> ReadPairsAsync(string sql, string articleId, CancellationToken cancellationToken)
    {
        var command = Command(sql).With("@article", articleId);
        var pairs = new List<(string, string?)>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return pairs;
    }

    private async Task<List<string>> ReadAsync(string sql, string articleId, CancellationToken cancellationToken)
    {
        var command = Command(sql).With("@article", articleId);
        return await command.ReadStringsAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, string articleId, CancellationToken cancellationToken)
    {
        var command = Command(sql).With("@article", articleId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
