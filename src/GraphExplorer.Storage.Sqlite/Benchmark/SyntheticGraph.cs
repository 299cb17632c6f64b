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
/// with one evidence sentence. An article's sentences follow each other at their own offsets, one space apart, as in a
/// real text (an export of the graph rebuilds each article's text from them, and refuses overlapping sentences).
/// Bulk path: prepared statements bound by position (<see cref="BulkStatement"/>), one transaction per 100 000 rows,
/// every table written in its primary-key order, secondary indexes built after the rows with SQLite's sorter on every core.
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
        // CREATE INDEX sorts its keys; with worker threads SQLite sorts the runs in parallel
        using (var threads = connection.Command($"PRAGMA threads = {Math.Clamp(Environment.ProcessorCount, 1, 8)};"))
        {
            threads.ExecuteNonQuery();
        }

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
            using var entity = new BulkStatement(connection, "INSERT INTO entities (seq, id, label, name) VALUES (?1, ?2, ?3, ?4)");
            using var key = new BulkStatement(connection, "INSERT OR IGNORE INTO entity_name_keys (name_key, entity_id) VALUES (?1, ?2)");
            using var search = new BulkStatement(connection, "INSERT INTO entity_search (rowid, entity_id, names) VALUES (?1, ?2, ?3)");
            for (var i = start; i < Math.Min(nodes, start + BatchSize); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = Name(i);
                var id = EntityId(i);
                entity.Integer(1, i + 1).Text(2, id).Text(3, Labels[i % Labels.Length]).Text(4, name).Execute();
                key.Text(1, NameKey.Normalize(name)).Text(2, id).Execute();
                search.Integer(1, i + 1).Text(2, id).Text(3, SearchText.Key(name)).Execute();
            }

            transaction.Commit();
        }

        return Task.CompletedTask;
    }

    private Task WriteArticlesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction();
        using var article = new BulkStatement(connection, "INSERT INTO articles (id, title, published, content_hash) VALUES (?1, ?2, ?3, 'synthetic')");
        for (var i = 0; i < Articles; i++)
        {
            article.Text(1, ArticleId(i)).Text(2, $"Synthetic article {i}").Text(3, Published(i)).Execute();
        }

        transaction.Commit();

        return Task.CompletedTask;
    }

    private static string ArticleId(int index) => $"synthetic-{index:D6}";

    /// <summary>
    /// The facts, in the order they are drawn (fact i is stated by article i / 100): a type, two endpoints (by index, in
    /// canonical order), a confidence, sometimes a stated date, and where its sentence starts in its article (the
    /// article's sentences in drawing order, one space apart).
    /// </summary>
    private List<Fact> DrawFacts(CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var keys = new HashSet<string>(edges, StringComparer.Ordinal);
        var facts = new List<Fact>(edges);
        var offset = 0; // where the next sentence starts in its article's text
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
            offset = facts.Count % FactsPerArticle == 0 ? 0 : offset;
            var fact = new Fact(key, type, swapped ? target : source, swapped ? source : target, confidence, date, offset);
            offset += Sentence(fact).Length + 1;
            facts.Add(fact);
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
            using var relationship = new BulkStatement(
                connection,
                "INSERT INTO relationships (key, type, source_id, target_id, confidence, date, date_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            using var assertion = new BulkStatement(
                connection,
                "INSERT INTO assertions (id, relationship_key, article_id, date, date_kind, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            using var evidence = new BulkStatement(connection, "INSERT INTO evidence (assertion_id, sentence, start, \"end\") VALUES (?1, ?2, ?3, ?4)");
            for (var position = start; position < Math.Min(byKey.Length, start + BatchSize); position++)
            {
                var index = byKey[position];
                var fact = facts[index];
                var dateKind = fact.Date is null ? null : "stated";
                relationship.Text(1, fact.Key).Text(2, Types[fact.Type].Name).Text(3, EntityId(fact.Source)).Text(4, EntityId(fact.Target))
                    .Real(5, fact.Confidence).Text(6, fact.Date).Text(7, dateKind).Execute();
                assertion.Integer(1, position + 1).Text(2, fact.Key).Text(3, ArticleId(index / FactsPerArticle)).Text(4, fact.Date).Text(5, dateKind)
                    .Real(6, fact.Confidence).Execute();
                var sentence = Sentence(fact);
                evidence.Integer(1, position + 1).Text(2, sentence).Integer(3, fact.Start).Integer(4, fact.Start + sentence.Length).Execute();
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
            using var adjacency = new BulkStatement(
                connection,
                "INSERT INTO adjacency (node_id, key, neighbor_id, type, outgoing, confidence, date, date_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            for (var position = start; position < Math.Min(ends.Length, start + BatchSize); position++)
            {
                var node = (int)(ends[position] >> 32);
                var fact = facts[byKey[(int)(ends[position] & 0xFFFF_FFFF)]];
                var outgoing = fact.Source == node;
                adjacency.Text(1, EntityId(node)).Text(2, fact.Key).Text(3, EntityId(outgoing ? fact.Target : fact.Source)).Text(4, Types[fact.Type].Name)
                    .Integer(5, outgoing ? 1 : 0).Real(6, fact.Confidence).Text(7, fact.Date).Text(8, fact.Date is null ? null : "stated").Execute();
            }

            transaction.Commit();
        }

        using (var transaction = connection.BeginTransaction())
        using (var mention = new BulkStatement(connection, "INSERT INTO mentions (article_id, entity_id) VALUES (?1, ?2)"))
        {
            foreach (var (article, entities) in Mentions(facts))
            {
                mention.Text(1, ArticleId(article));
                foreach (var entity in entities)
                {
                    mention.Text(2, EntityId(entity)).Execute();
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

    private readonly record struct Fact(string Key, int Type, int Source, int Target, double Confidence, string? Date, int Start);
}
