using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Benchmark;

/// <summary>
/// Writes a reproducible random graph straight into an empty store: entities with two-word names, uniformly
/// random fact edges (no self-loops, no duplicate keys), each stated by one of a set of synthetic articles
/// with one evidence sentence. Bulk path: prepared commands, one transaction per 100 000 rows, every table written in
/// its primary-key order, secondary indexes built after the rows.
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

    public string Name(int index) => NameOf(seed, index);

    public async Task WriteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // a rebuildable scratch file: no fsync per commit
        using (var fast = connection.Command("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;"))
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
        await WriteFactsAsync(connection, DrawFacts(cancellationToken), cancellationToken);
        foreach (var (_, sql) in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var create = connection.Command(sql + ";");
            create.ExecuteNonQuery();
        }

        using var analyze = connection.Command("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;");
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
            article.Set("@published", Published(i));
            article.ExecuteNonQuery();
        }

        transaction.Commit();

        return Task.CompletedTask;
    }

    private static string ArticleId(int index) => $"synthetic-{index:D6}";

    /// <summary>
    /// The facts, in the order they are drawn (fact i is stated by article i / 100): a type, two endpoints (by index, in
    /// canonical order), a confidence and sometimes a stated date.
    /// </summary>
    private List<Fact> DrawFacts(CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var keys = new HashSet<string>(edges, StringComparer.Ordinal);
        var facts = new List<Fact>(edges);
        while (facts.Count < edges)
        {
            if (facts.Count % BatchSize == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var type = random.Next(Types.Length);
            var source = random.Next(nodes);
            var target = random.Next(nodes);
            var key = Relationship.KeyOf(Types[type].Name, EntityId(source), EntityId(target));
            if (source == target || !keys.Add(key))
            {
                continue;
            }

            var canonical = new Relationship(Types[type].Name, EntityId(source), EntityId(target), []).Canonical();
            var swapped = canonical.SourceId != EntityId(source);
            var confidence = Math.Round(0.5 + (random.NextDouble() / 2), 2);
            var date = random.Next(4) == 0 ? new DateOnly(2020, 1, 1).AddDays(random.Next(1500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            facts.Add(new Fact(key, type, swapped ? target : source, swapped ? source : target, confidence, date));
        }

        return facts;
    }

    // made when written, not kept: a million sentences would hold hundreds of megabytes for nothing (the names they
    // are made of are kept: drawing two names per fact again was a tenth of the build)
    private string Sentence(Fact fact) => $"{names.Value[fact.Source]} and {names.Value[fact.Target]}: {Types[fact.Type].Meaning}.";

    private readonly Lazy<string[]> names = new(() => [.. Enumerable.Range(0, nodes).Select(i => NameOf(seed, i))]);

    private static string NameOf(int seed, int index)
    {
        var random = new Random(seed + index);
        return $"{Word(random)} {Word(random)} {index}";
    }

    /// <summary>
    /// Writes the facts with every row in primary-key order: relationships, assertions and evidence by key, adjacency
    /// by node and key, mentions by article. Each B-tree is then appended to, page after page, instead of taking a
    /// million inserts at random places (the clustered tables are keyed on text).
    /// </summary>
    private Task WriteFactsAsync(SqliteConnection connection, List<Fact> facts, CancellationToken cancellationToken)
    {
        var byKey = new int[facts.Count];
        for (var i = 0; i < byKey.Length; i++)
        {
            byKey[i] = i;
        }

        Array.Sort(byKey, (x, y) => string.CompareOrdinal(facts[x].Key, facts[y].Key));
        var rank = new int[facts.Count];
        for (var i = 0; i < byKey.Length; i++)
        {
            rank[byKey[i]] = i;
        }

        for (var start = 0; start < byKey.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            using var relationship = connection.Command(
                """
                INSERT INTO relationships (key, type, source_id, target_id, confidence, date, date_kind)
                VALUES (@key, @type, @source, @target, @confidence, @date, iif(@date IS NULL, NULL, 'stated'))
                """,
                transaction)
                .With("@key", null).With("@type", null).With("@source", null).With("@target", null).With("@confidence", null)
                .With("@date", null);
            using var assertion = connection.Command(
                "INSERT INTO assertions (id, relationship_key, article_id, date, date_kind, confidence) VALUES (@id, @key, @article, @date, iif(@date IS NULL, NULL, 'stated'), @confidence)",
                transaction)
                .With("@id", null).With("@key", null).With("@article", null).With("@date", null).With("@confidence", null);
            using var evidence = connection.Command("INSERT INTO evidence (assertion_id, sentence, start, \"end\") VALUES (@id, @sentence, 0, @end)", transaction)
                .With("@id", null).With("@sentence", null).With("@end", null);
            for (var position = start; position < Math.Min(byKey.Length, start + BatchSize); position++)
            {
                var index = byKey[position];
                var fact = facts[index];
                relationship.Set("@key", fact.Key);
                relationship.Set("@type", Types[fact.Type].Name);
                relationship.Set("@source", EntityId(fact.Source));
                relationship.Set("@target", EntityId(fact.Target));
                relationship.Set("@confidence", fact.Confidence);
                relationship.Set("@date", fact.Date);
                relationship.ExecuteNonQuery();
                assertion.Set("@id", position + 1);
                assertion.Set("@key", fact.Key);
                assertion.Set("@article", ArticleId(index / FactsPerArticle));
                assertion.Set("@date", fact.Date);
                assertion.Set("@confidence", fact.Confidence);
                assertion.ExecuteNonQuery();
                evidence.Set("@id", position + 1);
                var sentence = Sentence(fact);
                evidence.Set("@sentence", sentence);
                evidence.Set("@end", sentence.Length);
                evidence.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        // both adjacency rows of every fact, ordered by node, then key (the key's rank): one sort of packed numbers
        var ends = new long[facts.Count * 2L];
        for (var i = 0; i < facts.Count; i++)
        {
            ends[2 * i] = ((long)facts[i].Source << 32) | (uint)rank[i];
            ends[(2 * i) + 1] = ((long)facts[i].Target << 32) | (uint)rank[i];
        }

        Array.Sort(ends);
        for (var start = 0; start < ends.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            using var adjacency = connection.Command(
                """
                INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, date_kind)
                VALUES (@node, @key, @neighbor, @type, @outgoing, @confidence, @date, iif(@date IS NULL, NULL, 'stated'))
                """,
                transaction)
                .With("@node", null).With("@key", null).With("@neighbor", null).With("@type", null).With("@outgoing", null)
                .With("@confidence", null).With("@date", null);
            for (var position = start; position < Math.Min(ends.Length, start + BatchSize); position++)
            {
                var node = (int)(ends[position] >> 32);
                var fact = facts[byKey[(int)(ends[position] & 0xFFFF_FFFF)]];
                var outgoing = fact.Source == node;
                adjacency.Set("@node", EntityId(node));
                adjacency.Set("@key", fact.Key);
                adjacency.Set("@neighbor", EntityId(outgoing ? fact.Target : fact.Source));
                adjacency.Set("@type", Types[fact.Type].Name);
                adjacency.Set("@outgoing", outgoing ? 1 : 0);
                adjacency.Set("@confidence", fact.Confidence);
                adjacency.Set("@date", fact.Date);
                adjacency.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using (var transaction = connection.BeginTransaction())
        using (var mention = connection.Command("INSERT INTO mentions (article_id, entity_id) VALUES (@article, @entity)", transaction)
            .With("@article", null).With("@entity", null))
        {
            foreach (var (article, entities) in Mentions(facts))
            {
                mention.Set("@article", ArticleId(article));
                foreach (var entity in entities)
                {
                    mention.Set("@entity", EntityId(entity));
                    mention.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        return Task.CompletedTask;
    }

    /// <summary>Each article with the entities its facts name, in id order.</summary>
    private static IEnumerable<(int Article, SortedSet<int> Entities)> Mentions(List<Fact> facts)
    {
        for (var first = 0; first < facts.Count; first += FactsPerArticle)
        {
            var entities = new SortedSet<int>();
            for (var i = first; i < Math.Min(facts.Count, first + FactsPerArticle); i++)
            {
                entities.Add(facts[i].Source);
                entities.Add(facts[i].Target);
            }

            yield return (first / FactsPerArticle, entities);
        }
    }

    /// <summary>
    /// Writes the same graph as CSV files for another database's bulk loader (the Kuzu comparison in bench/tools/kuzu):
    /// entities.csv (id, label, name), articles.csv (id, title, published), facts.csv (source, target, key, type,
    /// confidence, date, article, sentence) and mentions.csv (article, entity), each with a header row.
    /// </summary>
    public void WriteCsv(string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, "entities.csv")))
        {
            writer.WriteLine("id,label,name");
            for (var i = 0; i < nodes; i++)
            {
                writer.WriteLine(Csv(EntityId(i), Labels[i % Labels.Length], Name(i)));
            }
        }

        using (var writer = new StreamWriter(Path.Combine(folder, "articles.csv")))
        {
            writer.WriteLine("id,title,published");
            for (var i = 0; i < Articles; i++)
            {
                writer.WriteLine(Csv(ArticleId(i), $"Synthetic article {i}", Published(i)));
            }
        }

        var facts = DrawFacts(cancellationToken);
        using (var writer = new StreamWriter(Path.Combine(folder, "facts.csv")))
        {
            writer.WriteLine("source,target,key,type,confidence,date,article,sentence");
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = facts[i];
                writer.WriteLine(Csv(
                    EntityId(fact.Source), EntityId(fact.Target), fact.Key, Types[fact.Type].Name,
                    fact.Confidence.ToString("R", CultureInfo.InvariantCulture), fact.Date ?? "", ArticleId(i / FactsPerArticle), Sentence(fact)));
            }
        }

        using (var writer = new StreamWriter(Path.Combine(folder, "mentions.csv")))
        {
            writer.WriteLine("article,entity");
            foreach (var (article, entities) in Mentions(facts))
            {
                foreach (var entity in entities)
                {
                    writer.WriteLine(Csv(ArticleId(article), EntityId(entity)));
                }
            }
        }
    }

    private static string Csv(params string[] fields) =>
        string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));

    private static string Published(int article) => new DateOnly(2020, 1, 1).AddDays(article % 1500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly record struct Fact(string Key, int Type, int Source, int Target, double Confidence, string? Date);
}
