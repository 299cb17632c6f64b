using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>
/// The versioned schema: an ordered list of migrations; <c>PRAGMA user_version</c> records how many
/// have run. A new schema change is appended, never edited in place.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>Migration N (1-based) brings the schema from version N-1 to N.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            published TEXT,
            publisher TEXT,
            author TEXT,
            source TEXT,
            content_hash TEXT NOT NULL
        );
        CREATE TABLE entities (
            seq INTEGER PRIMARY KEY, -- rowid of the entity's entity_search row
            id TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            name TEXT NOT NULL
        );
        -- every surface form an article used for an entity (its name there and its aliases)
        CREATE TABLE entity_aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (entity_id, article_id, alias)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_article ON entity_aliases(article_id);
        -- NameKey.Normalize of the name and every alias, for entity lookup by name
        CREATE TABLE entity_name_keys (
            name_key TEXT NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (name_key, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_name_keys_entity ON entity_name_keys(entity_id);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
        -- one row per fact (key); confidence is the maximum over its assertions
        CREATE TABLE relationships (
            key TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES entities(id),
            target_id TEXT NOT NULL REFERENCES entities(id),
            confidence REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX relationships_source ON relationships(source_id, target_id, type, confidence);
        CREATE INDEX relationships_target ON relationships(target_id, source_id, type, confidence);
        CREATE INDEX relationships_type ON relationships(type);
        -- what one article states about a fact
        CREATE TABLE assertions (
            id INTEGER PRIMARY KEY,
            relationship_key TEXT NOT NULL REFERENCES relationships(key),
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            date TEXT,
            place_id TEXT REFERENCES entities(id),
            title TEXT,
            allegation TEXT,
            confidence REAL NOT NULL,
            UNIQUE (relationship_key, article_id)
        );
        CREATE INDEX assertions_article ON assertions(article_id);
        CREATE TABLE evidence (
            assertion_id INTEGER NOT NULL REFERENCES assertions(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (assertion_id, start, "end")
        ) WITHOUT ROWID;
        CREATE TABLE ingest_failures (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        -- search: one row per entity; names = search keys of the name and aliases
        CREATE VIRTUAL TABLE entity_search USING fts5(entity_id UNINDEXED, names, tokenize = 'unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE entity_search_terms USING fts5vocab(entity_search, row);
        """,

        // 2: the aggregated view of each fact and each entity's alias union, kept on the row itself so a traversal
        // reads one row per relationship and per entity instead of joining assertions, evidence and aliases
        """
        ALTER TABLE relationships ADD COLUMN date TEXT;
        ALTER TABLE relationships ADD COLUMN place_id TEXT;
        ALTER TABLE relationships ADD COLUMN title TEXT;
        ALTER TABLE relationships ADD COLUMN allegation TEXT;
        ALTER TABLE relationships ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE entities ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
        """ + Version2Aggregates,

        // 3: every fact stored once more under each endpoint, clustered by node, so expanding a node during a
        // traversal is one contiguous range read instead of one random lookup per edge
        """
        CREATE TABLE adjacency (
            node_id TEXT NOT NULL,
            key TEXT NOT NULL,
            neighbor_id TEXT NOT NULL,
            type TEXT NOT NULL,
            outgoing INTEGER NOT NULL,
            confidence REAL NOT NULL,
            date TEXT,
            place_id TEXT,
            title TEXT,
            allegation TEXT,
            evidence TEXT NOT NULL,
            PRIMARY KEY (node_id, key)
        ) WITHOUT ROWID;
        INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, place_id, title, allegation, evidence)
        SELECT source_id, key, target_id, type, 1, confidence, date, place_id, title, allegation, evidence FROM relationships
        UNION ALL
        SELECT target_id, key, source_id, type, 0, confidence, date, place_id, title, allegation, evidence FROM relationships;
        """,

        // 4: the name each article gives an entity, so the name shown is chosen from all of them (NameKey.ChooseName)
        // instead of being the first article's: the graph no longer depends on the order articles came in
        """
        ALTER TABLE mentions ADD COLUMN name TEXT;
        UPDATE mentions SET name = (SELECT e.name FROM entities e WHERE e.id = mentions.entity_id);
        """,

        // 5: sources are relative to the ingested folder; older versions stored the server path. Only the file name
        // is kept of those (the folder they were ingested from is not known any more).
        ServerPathsToFileNames("articles") + ServerPathsToFileNames("ingest_failures"),

        // 6: every fact's date says where it comes from: 'stated' by its sentence, or 'reported' (the day it was reported,
        // the article's publication date unless a sentence dates the statement). Dates stored before were stated ones;
        // an undated fact of a dated article takes the article's publication date as its reporting date, as extraction now does
        """
        ALTER TABLE assertions ADD COLUMN date_kind TEXT;
        ALTER TABLE relationships ADD COLUMN date_kind TEXT;
        ALTER TABLE adjacency ADD COLUMN date_kind TEXT;
        UPDATE assertions SET date_kind = 'stated' WHERE date IS NOT NULL;
        UPDATE assertions SET date = (SELECT a.published FROM articles a WHERE a.id = assertions.article_id), date_kind = 'reported'
            WHERE date IS NULL AND (SELECT a.published FROM articles a WHERE a.id = assertions.article_id) IS NOT NULL;
        DELETE FROM adjacency;
        """ + Version6Aggregates,

        // 7: a write costs the same however many articles already state its facts or name its entities. The evidence
        // lives only in its rows (the JSON copies on relationships and adjacency were rewritten whole at every article
        // that repeated a fact); each aggregate of a fact is one index seek; the distinct aliases and names of an entity
        // are counted by triggers, so an entity's aliases and chosen name are read from a few rows, not one per article.
        """
        ALTER TABLE relationships DROP COLUMN evidence;
        ALTER TABLE adjacency DROP COLUMN evidence;
        CREATE INDEX assertions_key_confidence ON assertions(relationship_key, confidence);
        -- the order Aggregates.RefreshRelationshipsSql picks a fact's date by (stated before reported, then earliest)
        CREATE INDEX assertions_key_date ON assertions(relationship_key, coalesce(date_kind, 'stated') = 'reported', date) WHERE date IS NOT NULL;
        CREATE INDEX assertions_key_place ON assertions(relationship_key, article_id) WHERE place_id IS NOT NULL;
        CREATE INDEX assertions_key_title ON assertions(relationship_key, article_id) WHERE title IS NOT NULL;
        CREATE INDEX assertions_key_allegation ON assertions(relationship_key, article_id) WHERE allegation IS NOT NULL;
        -- removing an entity checks the assertions that name it as their place (foreign key); without this, a scan
        CREATE INDEX assertions_place ON assertions(place_id);
        CREATE INDEX ingest_failures_source ON ingest_failures(source);

        CREATE TABLE entity_alias_counts (
            entity_id TEXT NOT NULL,
            alias TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (entity_id, alias)
        ) WITHOUT ROWID;
        INSERT INTO entity_alias_counts (entity_id, alias, articles) SELECT entity_id, alias, count(*) FROM entity_aliases GROUP BY entity_id, alias;
        CREATE TRIGGER entity_aliases_count AFTER INSERT ON entity_aliases BEGIN
            INSERT OR IGNORE INTO entity_alias_counts (entity_id, alias, articles) VALUES (new.entity_id, new.alias, 0);
            UPDATE entity_alias_counts SET articles = articles + 1 WHERE entity_id = new.entity_id AND alias = new.alias;
        END;
        CREATE TRIGGER entity_aliases_uncount AFTER DELETE ON entity_aliases BEGIN
            UPDATE entity_alias_counts SET articles = articles - 1 WHERE entity_id = old.entity_id AND alias = old.alias;
            DELETE FROM entity_alias_counts WHERE entity_id = old.entity_id AND alias = old.alias AND articles <= 0;
        END;

        CREATE TABLE entity_name_counts (
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (entity_id, name)
        ) WITHOUT ROWID;
        INSERT INTO entity_name_counts (entity_id, name, articles) SELECT entity_id, name, count(*) FROM mentions WHERE name IS NOT NULL GROUP BY entity_id, name;
        CREATE TRIGGER mentions_name_count AFTER INSERT ON mentions WHEN new.name IS NOT NULL BEGIN
            INSERT OR IGNORE INTO entity_name_counts (entity_id, name, articles) VALUES (new.entity_id, new.name, 0);
            UPDATE entity_name_counts SET articles = articles + 1 WHERE entity_id = new.entity_id AND name = new.name;
        END;
        CREATE TRIGGER mentions_name_uncount AFTER DELETE ON mentions WHEN old.name IS NOT NULL BEGIN
            UPDATE entity_name_counts SET articles = articles - 1 WHERE entity_id = old.entity_id AND name = old.name;
            DELETE FROM entity_name_counts WHERE entity_id = old.entity_id AND name = old.name AND articles <= 0;
        END;
        CREATE TRIGGER mentions_name_recount AFTER UPDATE OF name, entity_id ON mentions BEGIN
            UPDATE entity_name_counts SET articles = articles - 1 WHERE old.name IS NOT NULL AND entity_id = old.entity_id AND name = old.name;
            DELETE FROM entity_name_counts WHERE old.name IS NOT NULL AND entity_id = old.entity_id AND name = old.name AND articles <= 0;
            INSERT OR IGNORE INTO entity_name_counts (entity_id, name, articles) SELECT new.entity_id, new.name, 0 WHERE new.name IS NOT NULL;
            UPDATE entity_name_counts SET articles = articles + 1 WHERE new.name IS NOT NULL AND entity_id = new.entity_id AND name = new.name;
        END;
        CREATE TRIGGER entity_aliases_recount AFTER UPDATE ON entity_aliases BEGIN
            UPDATE entity_alias_counts SET articles = articles - 1 WHERE entity_id = old.entity_id AND alias = old.alias;
            DELETE FROM entity_alias_counts WHERE entity_id = old.entity_id AND alias = old.alias AND articles <= 0;
            INSERT OR IGNORE INTO entity_alias_counts (entity_id, alias, articles) VALUES (new.entity_id, new.alias, 0);
            UPDATE entity_alias_counts SET articles = articles + 1 WHERE entity_id = new.entity_id AND alias = new.alias;
        END;
        """,

        // 8: agreements are found by what identifies them (IEntityIdentityKeys: their parties, their proper names), one
        // indexed probe, instead of by generic names shared with hundreds ("border agreement"). The keys are made by the
        // extraction's rules, in C#: entity_identity_rules names the rules the rows were made by, and is empty until the
        // store is opened with them (SqliteGraphStore.InitializeAsync then makes every entity's keys)
        """
        CREATE TABLE entity_identity_keys (
            identity_key TEXT NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (identity_key, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_identity_keys_entity ON entity_identity_keys(entity_id);
        CREATE TABLE entity_identity_rules (version TEXT NOT NULL);
        """,

        // 9: a fact's aggregates are kept up to date from each assertion as it is written (Aggregates.AddAssertionSql):
        // the highest confidence and the first date are compared with the stored ones, and the place, title and allegation
        // with the article they came from, now stored beside them. Only when an article that held one of them takes its
        // assertion back is the fact recomputed from its rows (through the (relationship_key, article_id) index). The five
        // indexes migration 7 made for recomputing at every write are dropped: each assertion was written into nine B-trees.
        """
        ALTER TABLE relationships ADD COLUMN place_article TEXT;
        ALTER TABLE relationships ADD COLUMN title_article TEXT;
        ALTER TABLE relationships ADD COLUMN allegation_article TEXT;
        UPDATE relationships SET
            place_article = (SELECT a.article_id FROM assertions a WHERE a.relationship_key = relationships.key AND a.place_id IS NOT NULL ORDER BY a.article_id LIMIT 1),
            title_article = (SELECT a.article_id FROM assertions a WHERE a.relationship_key = relationships.key AND a.title IS NOT NULL ORDER BY a.article_id LIMIT 1),
            allegation_article = (SELECT a.article_id FROM assertions a WHERE a.relationship_key = relationships.key AND a.allegation IS NOT NULL ORDER BY a.article_id LIMIT 1)
        WHERE key IN (SELECT key FROM relationships);
        DROP INDEX assertions_key_confidence;
        DROP INDEX assertions_key_date;
        DROP INDEX assertions_key_place;
        DROP INDEX assertions_key_title;
        DROP INDEX assertions_key_allegation;
        -- an article's alias or name counted in one upsert instead of an insert and an update
        DROP TRIGGER entity_aliases_count;
        CREATE TRIGGER entity_aliases_count AFTER INSERT ON entity_aliases BEGIN
            INSERT INTO entity_alias_counts (entity_id, alias, articles) VALUES (new.entity_id, new.alias, 1)
                ON CONFLICT (entity_id, alias) DO UPDATE SET articles = articles + 1;
        END;
        DROP TRIGGER mentions_name_count;
        CREATE TRIGGER mentions_name_count AFTER INSERT ON mentions WHEN new.name IS NOT NULL BEGIN
            INSERT INTO entity_name_counts (entity_id, name, articles) VALUES (new.entity_id, new.name, 1)
                ON CONFLICT (entity_id, name) DO UPDATE SET articles = articles + 1;
        END;
        """,

        // 10: the name and alias counts are kept by the writer (ArticleWriter, CountDeltas), which adds up what a batch of
        // articles inserted and took back and writes each changed count once when the batch commits: the triggers wrote
        // one count per row, each in a statement journal of its own. Every writer of mentions and entity_aliases is the
        // article writer (ClearGraphAsync empties the counts with them). The counts are made again from the rows.
        """
        DROP TRIGGER entity_aliases_count;
        DROP TRIGGER entity_aliases_uncount;
        DROP TRIGGER entity_aliases_recount;
        DROP TRIGGER mentions_name_count;
        DROP TRIGGER mentions_name_uncount;
        DROP TRIGGER mentions_name_recount;
        DELETE FROM entity_alias_counts;
        INSERT INTO entity_alias_counts (entity_id, alias, articles) SELECT entity_id, alias, count(*) FROM entity_aliases GROUP BY entity_id, alias;
        DELETE FROM entity_name_counts;
        INSERT INTO entity_name_counts (entity_id, name, articles) SELECT entity_id, name, count(*) FROM mentions WHERE name IS NOT NULL GROUP BY entity_id, name;
        """,
    ];

    // Migration 2 as it ran when it was written (the aggregates of that schema, evidence and all); later migrations
    // change the aggregates, this text never changes.
    private const string Version2Aggregates =
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
        WHERE key IN (SELECT key FROM relationships);
        UPDATE entities SET aliases = (SELECT json_group_array(alias) FROM
            (SELECT DISTINCT a.alias FROM entity_aliases a WHERE a.entity_id = entities.id AND a.alias <> entities.name ORDER BY a.alias))
        WHERE id IN (SELECT id FROM entities);
        """;

    // Migration 6 as it ran when it was written: the aggregates with date kinds, the evidence still copied onto
    // relationships and adjacency (migration 7 drops those copies). This text never changes.
    private const string Version6Aggregates =
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
        WHERE key IN (SELECT key FROM relationships);
        INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, place_id, title, allegation, evidence, date_kind)
        SELECT source_id, key, target_id, type, 1, confidence, date, place_id, title, allegation, evidence, date_kind FROM relationships
        UNION ALL
        SELECT target_id, key, source_id, type, 0, confidence, date, place_id, title, allegation, evidence, date_kind FROM relationships;
        """;

    /// <summary>The schema version this code writes.</summary>
    public static int CurrentVersion => All.Count;

    /// <summary>
    /// Sets WAL mode (unless <paramref name="setWal"/> is false: a bulk build sets its own journal mode) and runs every
    /// migration newer than the file's <c>user_version</c>, each in its own transaction.
    /// </summary>
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken, bool setWal = true)
    {
        if (setWal)
        {
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        var version = await ReadVersionAsync(connection, cancellationToken);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' has schema version {version}, newer than this program's {CurrentVersion}. Use a newer GraphExplorer.");
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = All[next] + $"\nPRAGMA user_version = {next + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            transaction.Commit();
        }
    }

    // SQLite has no basename(): rtrim strips the trailing run of characters that are not '/', leaving the folder part,
    // which is then cut off. Backslashes count as separators too; the conditions mirror ArticleSources.IsServerPath.
    private static string ServerPathsToFileNames(string table) => $"""
        UPDATE {table} SET source = replace(replace(source, '\', '/'), rtrim(replace(source, '\', '/'), replace(replace(source, '\', '/'), '/', '')), '')
        WHERE replace(source, '\', '/') LIKE '/%' OR source LIKE '~%' OR source LIKE 'file:%' OR source GLOB '[A-Za-z]:*'
           OR replace(source, '\', '/') LIKE '../%' OR replace(source, '\', '/') LIKE '%/../%';

        """;

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
