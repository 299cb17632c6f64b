using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Benchmark;

/// <summary>
/// Writes a reproducible random graph straight into an empty store: entities with two-word names, uniformly
/// random fact edges (no self-loops, no duplicate keys), each stated by one of a set of synthetic articles
/// with one evidence sentence. Bulk path: prepared commands, one transaction per 100 000 rows, secondary indexes
/// built after the rows.
/// </summary>
internal sealed class SyntheticGraph(int nodes, int edges, int seed = 42)
{
    private const int BatchSize = 100_000;
    private const int FactsPerArticle = 100;

    private static readonly string[] Syllables = ["ka", "ri", "mo", "sa", "tel", "ban", "dor", "hal", "mir", "zan", "qu", "ash", "fa", "lin", "rod", "ve"];
    private static readonly string[] Labels = [NodeLabels.Person, NodeLabels.Person, NodeLabels.Organization, NodeLabels.Country, NodeLabels.Place];
    private static readonly EdgeType[] Types = [EdgeTypes.MetWith, EdgeTypes.Accused, EdgeTypes.Attacked, EdgeTypes.CooperatesWith, EdgeTypes.BackedBy, EdgeTypes.Fought];

    public int Articles => (edges + FactsPerArticle - 1) / FactsPerArticle;

    public static string EntityId(int index) => $"entity:{index:D7}";

    public string Name(int index)
    {
        var random = new Random(seed + index);
        return $"{Word(random)} {Word(random)} {index}";
    }

    public async Task WriteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // a rebuildable scratch file: no fsync per commit
        using (var fast = connection.Command("PRAGMA synchronous = OFF;"))
        {
            fast.ExecuteNonQuery();
        }

        // Bulk load: the secondary indexes are dropped and built again once the rows are in, one sort each instead of a
        // random B-tree insert per row and index (the primary keys stay: the tables are clustered on them).
        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.Command("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            using var drop = connection.Command($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";");
            drop.ExecuteNonQuery();
        }

        await WriteEntitiesAsync(connection, cancellationToken);
        await WriteArticlesAsync(connection, cancellationToken);
        await WriteFactsAsync(connection, cancellationToken);
        foreach (var (_, sql) in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var create = connection.Command(sql + ";");
            create.ExecuteNonQuery();
        }

        using var analyze = connection.Command("PRAGMA synchronous = NORMAL;");
        analyze.ExecuteNonQuery();
    }

    private static string Word(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private Task WriteEntitiesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        for (var start = 0; start < nodes; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var entity = connection.Command("INSERT INTO entities (seq, id, label, name) VALUES (@seq, @id, @label, @name)", transaction)
                .With("@seq", null).With("@id", null).With("@label", null).With("@name", null);
            using var key = connection.Command("INSERT OR IGNORE INTO entity_name_keys (name_key, entity_id) VALUES (@key, @id)", transaction)
                .With("@key", null).With("@id", null);
            using var search = connection.Command("INSERT INTO entity_search (rowid, entity_id, names) VALUES (@seq, @id, @names)", transaction)
                .With("@seq", null).With("@id", null).With("@names", null);
            for (var i = start; i < Math.Min(nodes, start + BatchSize); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = Name(i);
                entity.Set("@seq", i + 1);
                entity.Set("@id", EntityId(i));
                entity.Set("@label", Labels[i % Labels.Length]);
                entity.Set("@name", name);
                entity.ExecuteNonQuery();
                key.Set("@key", NameKey.Normalize(name));
                key.Set("@id", EntityId(i));
                key.ExecuteNonQuery();
                search.Set("@seq", i + 1);
                search.Set("@id", EntityId(i));
                search.Set("@names", SearchText.Key(name));
                search.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return Task.CompletedTask;
    }

    private Task WriteArticlesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction();
        using var article = connection.Command("INSERT INTO articles (id, title, published, content_hash) VALUES (@id, @title, @published, 'synthetic')", transaction)
            .With("@id", null).With("@title", null).With("@published", null);
        for (var i = 0; i < Articles; i++)
        {
            article.Set("@id", ArticleId(i));
            article.Set("@title", $"Synthetic article {i}");
            article.Set("@published", new DateOnly(2020, 1, 1).AddDays(i % 1500).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            article.ExecuteNonQuery();
        }

        transaction.Commit();

        return Task.CompletedTask;
    }

    private static string ArticleId(int index) => $"synthetic-{index:D6}";

    private Task WriteFactsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var written = 0;
        while (written < edges)
        {
            using var transaction = connection.BeginTransaction();
            using var relationship = connection.Command(
                """
                INSERT INTO relationships (key, type, source_id, target_id, confidence, date, date_kind)
                VALUES (@key, @type, @source, @target, @confidence, @date, iif(@date IS NULL, NULL, 'stated'))
                """,
                transaction)
                .With("@key", null).With("@type", null).With("@source", null).With("@target", null).With("@confidence", null)
                .With("@date", null);
            using var assertion = connection.Command("INSERT INTO assertions (id, relationship_key, article_id, date, date_kind, confidence) VALUES (@id, @key, @article, @date, iif(@date IS NULL, NULL, 'stated'), @confidence)", transaction)
                .With("@id", null).With("@key", null).With("@article", null).With("@date", null).With("@confidence", null);
            using var evidence = connection.Command("INSERT INTO evidence (assertion_id, sentence, start, \"end\") VALUES (@id, @sentence, @start, @end)", transaction)
                .With("@id", null).With("@sentence", null).With("@start", null).With("@end", null);
            using var adjacency = connection.Command(
                """
                INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, date_kind)
                VALUES (@node, @key, @neighbor, @type, @outgoing, @confidence, @date, iif(@date IS NULL, NULL, 'stated'))
                """,
                transaction)
                .With("@node", null).With("@key", null).With("@neighbor", null).With("@type", null).With("@outgoing", null)
                .With("@confidence", null).With("@date", null);
            using var mention = connection.Command("INSERT OR IGNORE INTO mentions (article_id, entity_id) VALUES (@article, @entity)", transaction)
                .With("@article", null).With("@entity", null);
            for (var batch = 0; batch < BatchSize && written < edges; batch++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var type = Types[random.Next(Types.Length)];
                var source = random.Next(nodes);
                var target = random.Next(nodes);
                var key = Relationship.KeyOf(type.Name, EntityId(source), EntityId(target));
                if (source == target || !keys.Add(key))
                {
                    continue;
                }

                var canonical = new Relationship(type.Name, EntityId(source), EntityId(target), []).Canonical();
                var confidence = Math.Round(0.5 + (random.NextDouble() / 2), 2);
                var article = ArticleId(written / FactsPerArticle);
                var sentence = $"{Name(source)} and {Name(target)}: {type.Meaning}.";
                var date = random.Next(4) == 0 ? new DateOnly(2020, 1, 1).AddDays(random.Next(1500)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
                relationship.Set("@key", key);
                relationship.Set("@date", date);
                relationship.Set("@type", type.Name);
                relationship.Set("@source", canonical.SourceId);
                relationship.Set("@target", canonical.TargetId);
                relationship.Set("@confidence", confidence);
                relationship.ExecuteNonQuery();
                foreach (var (node, neighbor, outgoing) in new[] { (canonical.SourceId, canonical.TargetId, 1), (canonical.TargetId, canonical.SourceId, 0) })
                {
                    adjacency.Set("@node", node);
                    adjacency.Set("@key", key);
                    adjacency.Set("@neighbor", neighbor);
                    adjacency.Set("@type", type.Name);
                    adjacency.Set("@outgoing", outgoing);
                    adjacency.Set("@confidence", confidence);
                    adjacency.Set("@date", date);
                    adjacency.ExecuteNonQuery();
                }

                assertion.Set("@id", written + 1);
                assertion.Set("@key", key);
                assertion.Set("@article", article);
                assertion.Set("@date", date);
                assertion.Set("@confidence", confidence);
                assertion.ExecuteNonQuery();
                evidence.Set("@id", written + 1);
                evidence.Set("@sentence", sentence);
                evidence.Set("@start", 0);
                evidence.Set("@end", sentence.Length);
                evidence.ExecuteNonQuery();
                mention.Set("@article", article);
                foreach (var endpoint in new[] { source, target })
                {
                    mention.Set("@entity", EntityId(endpoint));
                    mention.ExecuteNonQuery();
                }

                written++;
            }

            transaction.Commit();
        }

        return Task.CompletedTask;
    }
}
