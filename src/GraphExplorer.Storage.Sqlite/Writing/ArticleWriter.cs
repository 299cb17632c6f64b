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
internal sealed class ArticleWriter(SqliteConnection connection, SqliteTransaction transaction, Core.Storage.IEntityIdentityKeys? identityKeys) : IDisposable
{
    private bool rulesForgotten;

    /// <summary>
    /// The names (chosen name and aliases) of the entities written in this transaction, as their name keys, identity keys
    /// and search row were made from: an entity an article names again with none but these keeps all of them, and its
    /// row, unless its chosen name changes. Only this transaction writes (it holds the write lock); a save taken back
    /// empties it (<see cref="Forget"/>).
    /// </summary>
    private readonly Dictionary<string, SortedSet<string>> namesOf = new(StringComparer.Ordinal);

    /// <summary>
    /// The writer's statements, prepared once for all the articles of the transaction (a command keeps its prepared
    /// statements while its text stays the same); each use starts from no parameters.
    /// </summary>
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
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
        using (WriteTrace.Step("article"))
        {
            oldKeys = await ReadAsync("SELECT relationship_key FROM assertions WHERE article_id = @article", articleId, cancellationToken);
            oldEntities = await ReadAsync("SELECT entity_id FROM mentions WHERE article_id = @article", articleId, cancellationToken);

            // the facts whose aggregate one of the assertions taken back held: recomputed from their rows once the article is written
            heldKeys = oldKeys.Count == 0 ? [] : await ReadAsync(Aggregates.HeldByArticleSql, articleId, cancellationToken);

            await UpsertArticleAsync(graph.Article, cancellationToken);
            await ExecuteAsync(
                """
                DELETE FROM assertions WHERE article_id = @article;
                DELETE FROM mentions WHERE article_id = @article;
                DELETE FROM entity_aliases WHERE article_id = @article;
                """,
                articleId,
                cancellationToken);
        }

        using (WriteTrace.Step("entities"))
        {
            await InsertEntitiesAsync(articleId, graph.Entities, cancellationToken);
        }

        List<string> newKeys;
        using (WriteTrace.Step("facts"))
        {
            newKeys = await InsertRelationshipsAsync(articleId, graph.Relationships, cancellationToken);
        }

        using (WriteTrace.Step("fact-aggregates"))
        {
            await RefreshRelationshipsAsync(oldKeys, newKeys, heldKeys, cancellationToken);
        }

        using (WriteTrace.Step("entity-aggregates"))
        {
            return await RefreshEntitiesAsync(oldEntities, graph.Entities, cancellationToken);
        }
    }

    /// <summary>Forgets what the writer knows of the stored entities (<see cref="namesOf"/>): a failed save was taken back.</summary>
    public void Forget() => namesOf.Clear();

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

    private async Task InsertEntitiesAsync(string articleId, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        // a new entity starts under this article's name; RefreshEntitiesAsync then chooses among every article's names
        var entity = Command("INSERT INTO entities (id, label, name) VALUES (@id, @label, @name) ON CONFLICT (id) DO NOTHING")
            .With("@id", null).With("@label", null).With("@name", null);
        var mention = Command("INSERT OR IGNORE INTO mentions (article_id, entity_id, name) VALUES (@article, @id, @name)")
            .With("@article", articleId).With("@id", null).With("@name", null);
        var alias = Command("INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias) VALUES (@id, @article, @alias)")
            .With("@article", articleId).With("@id", null).With("@alias", null);
        foreach (var item in entities)
        {
            var id = item.Id;
            if (!namesOf.ContainsKey(id))
            {
                // (an entity written before in this transaction is there)
                entity.Set("@id", id);
                entity.Set("@label", item.Label);
                entity.Set("@name", item.Name.Trim());
                await entity.ExecuteNonQueryAsync(cancellationToken);
            }

            mention.Set("@id", id);
            mention.Set("@name", item.Name.Trim());
            await mention.ExecuteNonQueryAsync(cancellationToken);
            alias.Set("@id", id);
            foreach (var name in item.AllNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                alias.Set("@alias", name);
                await alias.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Inserts the article's assertions and evidence, and the relationship rows not there yet, and folds each assertion
    /// into its fact's aggregates (<see cref="Aggregates.AddAssertionSql"/>), writing the adjacency rows of the facts it
    /// creates or whose aggregate it changes; returns the keys.
    /// </summary>
    private async Task<List<string>> InsertRelationshipsAsync(string articleId, IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        var relationship = Command(Aggregates.AddAssertionSql).With("@key", null).With("@type", null).With("@source", null).With("@target", null)
            .With("@article", articleId).With("@date", null).With("@dateKind", null).With("@place", null).With("@title", null).With("@allegation", null)
            .With("@confidence", null);
        var assertion = Command(
            """
            INSERT INTO assertions (relationship_key, article_id, date, date_kind, place_id, title, allegation, confidence)
            VALUES (@key, @article, @date, @dateKind, @place, @title, @allegation, @confidence) RETURNING id
            """).With("@key", null).With("@article", articleId).With("@date", null).With("@dateKind", null).With("@place", null)
            .With("@title", null).With("@allegation", null).With("@confidence", null);
        var evidence = Command(
            "INSERT OR IGNORE INTO evidence (assertion_id, sentence, start, \"end\") VALUES (@assertion, @sentence, @start, @end)").With("@assertion", null).With("@sentence", null).With("@start", null).With("@end", null);

        var adjacency = Command(Aggregates.PutAdjacencySql).With("@node", null).With("@key", null).With("@neighbor", null).With("@type", null)
            .With("@outgoing", null).With("@confidence", null).With("@date", null).With("@place", null).With("@title", null)
            .With("@allegation", null).With("@dateKind", null);
        var row = new object[10];

        var keys = new List<string>();
        foreach (var fact in MergeByKey(relationships))
        {
            keys.Add(fact.Key);
            var date = fact.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var dateKind = fact.Date is null ? null : fact.DateKind.Name();
            foreach (var command in new[] { relationship, assertion })
            {
                command.Set("@key", fact.Key);
                command.Set("@date", date);
                command.Set("@dateKind", dateKind);
                command.Set("@place", fact.PlaceId);
                command.Set("@title", fact.Title);
                command.Set("@allegation", fact.Allegation);
                command.Set("@confidence", fact.Confidence);
            }

            relationship.Set("@type", EdgeTypes.Get(fact.Type).Name);
            relationship.Set("@source", fact.SourceId);
            relationship.Set("@target", fact.TargetId);
            using (var written = await relationship.ExecuteReaderAsync(cancellationToken))
            {
                if (await written.ReadAsync(cancellationToken))
                {
                    // new, or its aggregate changed: both adjacency rows from the row as written
                    for (var i = 0; i < 10; i++)
                    {
                        row[i] = written.IsDBNull(i) ? DBNull.Value : written.GetValue(i);
                    }

                    await PutAdjacencyAsync(adjacency, row, cancellationToken);
                }
            }

            var assertionId = (long)(await assertion.ExecuteScalarAsync(cancellationToken))!;

            evidence.Set("@assertion", assertionId);
            foreach (var item in fact.Evidence)
            {
                evidence.Set("@sentence", item.Sentence);
                evidence.Set("@start", item.Start);
                evidence.Set("@end", item.End);
                await evidence.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return keys;
    }

    /// <summary>Writes the two adjacency rows of a fact from its row as <see cref="Aggregates.AddAssertionSql"/> returned it.</summary>
    private static async Task PutAdjacencyAsync(SqliteCommand adjacency, object[] row, CancellationToken cancellationToken)
    {
        // key, type, source_id, target_id, confidence, date, place_id, title, allegation, date_kind
        adjacency.Set("@key", row[0]);
        adjacency.Set("@type", row[1]);
        adjacency.Set("@confidence", row[4]);
        adjacency.Set("@date", row[5]);
        adjacency.Set("@place", row[6]);
        adjacency.Set("@title", row[7]);
        adjacency.Set("@allegation", row[8]);
        adjacency.Set("@dateKind", row[9]);
        foreach (var (node, neighbor, outgoing) in new[] { (row[2], row[3], 1), (row[3], row[2], 0) })
        {
            adjacency.Set("@node", node);
            adjacency.Set("@neighbor", neighbor);
            adjacency.Set("@outgoing", outgoing);
            await adjacency.ExecuteNonQueryAsync(cancellationToken);
        }
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
    private async Task<IReadOnlyCollection<string>> RefreshEntitiesAsync(List<string> oldEntities, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
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
        var renamed = await RefreshNamesAsync(ids, cancellationToken);

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
            await orphans.ExecuteNonQueryAsync(cancellationToken);
        }

        if (changed.Count == 0)
        {
            return changed;
        }

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

        var addKey = Command("INSERT OR IGNORE INTO entity_name_keys (name_key, entity_id) VALUES (@key, @id)")
            .With("@key", null).With("@id", null);
        var removeKey = Command("DELETE FROM entity_name_keys WHERE name_key = @key AND entity_id = @id")
            .With("@key", null).With("@id", null);
        var storedSearch = Command("SELECT names FROM entity_search WHERE rowid = @seq").With("@seq", null);
        var removeSearch = Command("DELETE FROM entity_search WHERE rowid = @seq").With("@seq", null);
        var addSearch = Command("INSERT INTO entity_search (rowid, entity_id, names) VALUES (@seq, @id, @names)")
            .With("@seq", null).With("@id", null).With("@names", null);
        foreach (var (seq, (id, entityNames)) in byEntity)
        {
            var keys = entityNames.SelectMany(n => Core.Text.NameKey.LookupKeys(n, labels[seq])).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var stored = storedKeys.GetValueOrDefault(id) ?? [];
            foreach (var (command, difference) in new[] { (addKey, keys.Except(stored)), (removeKey, stored.Except(keys)) })
            {
                command.Set("@id", id);
                foreach (var nameKey in difference.Order(StringComparer.Ordinal))
                {
                    command.Set("@key", nameKey);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            var search = string.Join(" | ", entityNames.Select(SearchText.Key));
            storedSearch.Set("@seq", seq);
            var current = await storedSearch.ExecuteScalarAsync(cancellationToken) as string;
            if (current != search)
            {
                if (current is not null)
                {
                    removeSearch.Set("@seq", seq);
                    await removeSearch.ExecuteNonQueryAsync(cancellationToken);
                }

                addSearch.Set("@seq", seq);
                addSearch.Set("@id", id);
                addSearch.Set("@names", search);
                await addSearch.ExecuteNonQueryAsync(cancellationToken);
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

        var add = Command("INSERT OR IGNORE INTO entity_identity_keys (identity_key, entity_id) VALUES (@key, @id)").With("@key", null).With("@id", null);
        var remove = Command("DELETE FROM entity_identity_keys WHERE identity_key = @key AND entity_id = @id").With("@key", null).With("@id", null);
        foreach (var (id, label, names) in keyed)
        {
            var keys = identityKeys.KeysOfEntity(label, names);
            var old = stored.GetValueOrDefault(id) ?? [];
            foreach (var (command, changed) in new[] { (add, keys.Except(old)), (remove, old.Except(keys)) })
            {
                command.Set("@id", id);
                foreach (var key in changed.Order(StringComparer.Ordinal))
                {
                    command.Set("@key", key);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
    }

    /// <summary>Each entity's name: the one chosen from the names its articles give it, whatever order they came in; returns the ids of those renamed.</summary>
    private async Task<HashSet<string>> RefreshNamesAsync(HashSet<string> ids, CancellationToken cancellationToken)
    {
        // the distinct names with how many articles use each (kept by triggers), not one row per article, with the stored
        // name: an entity is written only when the name chosen differs from it (mostly it does not)
        var read = Command(
            """
            SELECT c.entity_id, c.name, c.articles, e.name FROM entity_name_counts c JOIN entities e ON e.id = c.entity_id
            WHERE c.entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY c.entity_id, c.name
            """).With("@ids", CommandExtensions.JsonList(ids));
        var names = new Dictionary<string, (string Stored, List<(string, int)> Counts)>(StringComparer.Ordinal);
        using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!names.TryGetValue(id, out var entry))
                {
                    entry = (reader.GetString(3), []);
                    names[id] = entry;
                }

                entry.Counts.Add((reader.GetString(1), reader.GetInt32(2)));
            }
        }

        var update = Command("UPDATE entities SET name = @name WHERE id = @id AND name <> @name").With("@id", null).With("@name", null);
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, (stored, counts)) in names)
        {
            var chosen = Core.Text.NameKey.ChooseNameByCounts(counts);
            if (string.Equals(chosen, stored, StringComparison.Ordinal))
            {
                continue;
            }

            update.Set("@id", id);
            update.Set("@name", chosen);
            if (await update.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                renamed.Add(id);
            }
        }

        return renamed;
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
