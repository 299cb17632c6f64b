using System.Diagnostics;
using System.Globalization;
using System.Text;
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
/// Bulk path: prepared statements bound by position (<see cref="PositionalStatement"/>) with UTF-8 values formatted into reused
/// buffers, one transaction per 100 000 rows, every table written in its primary-key order, secondary indexes built after
/// the rows with SQLite's sorter on every core, foreign keys not checked row by row (the rows are consistent by
/// construction), and the facts drawn and sorted on another core while the entities are written.
/// </summary>
internal sealed class SyntheticGraph
{
    /// <summary>The most entities a synthetic graph has: ids are "entity:" and seven digits, so that their ordinal order is their index order.</summary>
    public const int MaxNodes = 10_000_000;

    private const int BatchSize = 100_000;
    private const int FactsPerArticle = 100;
    private const int IdLength = 14; // "entity:" and seven digits
    private const int Days = 1500;

    private static readonly string[] Syllables = ["ka", "ri", "mo", "sa", "tel", "ban", "dor", "hal", "mir", "zan", "qu", "ash", "fa", "lin", "rod", "ve"];
    private static readonly string[] Labels = [NodeLabels.Person, NodeLabels.Person, NodeLabels.Organization, NodeLabels.Country, NodeLabels.Place];
    private static readonly EdgeType[] Types = [EdgeTypes.MetWith, EdgeTypes.Accused, EdgeTypes.Attacked, EdgeTypes.CooperatesWith, EdgeTypes.BackedBy, EdgeTypes.Fought];

    /// <summary>Where each type's keys come in the ordinal order of all keys ("TYPE|source|target": by "TYPE|" first).</summary>
    private static readonly int[] TypeRanks = RankTypes();

    private static readonly byte[][] TypeNames = [.. Types.Select(t => Encoding.UTF8.GetBytes(t.Name))];
    private static readonly byte[][] SentenceEnds = [.. Types.Select(t => Encoding.UTF8.GetBytes($": {t.Meaning}."))];
    private static readonly byte[] And = " and "u8.ToArray();
    private static readonly byte[] Stated = "stated"u8.ToArray();
    private static readonly byte[][] Dates = [.. Enumerable.Range(0, Days).Select(d => Encoding.UTF8.GetBytes(DateText(d)))];

    private readonly int nodes;
    private readonly int edges;
    private readonly int seed;
    private readonly Lazy<string[]> names;
    private readonly Lazy<byte[][]> nameBytes;
    private readonly Lazy<byte[]> ids;

    public SyntheticGraph(int nodes, int edges, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nodes, MaxNodes);
        (this.nodes, this.edges, this.seed) = (nodes, edges, seed);
        names = new(() => [.. Enumerable.Range(0, nodes).Select(i => NameOf(seed, i))]);
        nameBytes = new(() => [.. names.Value.Select(Encoding.UTF8.GetBytes)]);
        ids = new(() =>
        {
            var all = new byte[(long)nodes * IdLength];
            for (var i = 0; i < nodes; i++)
            {
                "entity:"u8.CopyTo(all.AsSpan(i * IdLength));
                i.TryFormat(all.AsSpan((i * IdLength) + 7, 7), out _, "D7", CultureInfo.InvariantCulture);
            }

            return all;
        });
    }

    public int Articles => (edges + FactsPerArticle - 1) / FactsPerArticle;

    public static string EntityId(int index) => $"entity:{index:D7}";

    public string Name(int index) => NameOf(seed, index);

    public async Task WriteAsync(SqliteConnection connection, CancellationToken cancellationToken, TextWriter? phases = null)
    {
        var clock = new PhaseClock(phases);

        // the facts are drawn and put in key order on the other core while this one writes the entities
        var drawing = Task.Run(() => Sort(DrawFacts(cancellationToken)), cancellationToken);

        // a rebuildable scratch file: no fsync per commit; the rows are consistent by construction, so the foreign keys
        // are not looked up at every row (PRAGMA foreign_key_check on a built store finds nothing: the tests check it)
        using (var fast = connection.Command("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF;"))
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

        clock.Mark("schema");
        WriteEntities(connection, cancellationToken);
        clock.Mark("entities (facts drawn beside)");
        WriteArticles(connection);
        clock.Mark("articles");
        var facts = await drawing;
        clock.Mark("facts drawn and sorted (rest)");
        WriteFacts(connection, facts, clock, cancellationToken);

        // CREATE INDEX sorts its keys; with worker threads SQLite sorts the runs in parallel
        using (var threads = connection.Command($"PRAGMA threads = {Math.Clamp(Environment.ProcessorCount, 1, 8)};"))
        {
            threads.ExecuteNonQuery();
        }

        foreach (var (name, sql) in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var create = connection.Command(sql + ";");
            create.ExecuteNonQuery();
            clock.Mark("index " + name);
        }

        using var settings = connection.Command("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA foreign_keys = ON;");
        settings.ExecuteNonQuery();
    }

    private static string Word(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static int[] RankTypes()
    {
        var order = Enumerable.Range(0, Types.Length).OrderBy(t => Types[t].Name + "|", StringComparer.Ordinal).ToArray();
        var ranks = new int[Types.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }

    private ReadOnlySpan<byte> Id(int index) => ids.Value.AsSpan(index * IdLength, IdLength);

    private void WriteEntities(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var all = names.Value;
        for (var start = 0; start < nodes; start += BatchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var entity = new PositionalStatement(connection, "INSERT INTO entities (seq, id, label, name) VALUES (?1, ?2, ?3, ?4)");
            using var key = new PositionalStatement(connection, "INSERT OR IGNORE INTO entity_name_keys (name_key, entity_id) VALUES (?1, ?2)");
            using var search = new PositionalStatement(connection, "INSERT INTO entity_search (rowid, entity_id, names) VALUES (?1, ?2, ?3)");
            for (var i = start; i < Math.Min(nodes, start + BatchSize); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = all[i];
                var id = Id(i);
                entity.Integer(1, i + 1).Text(2, id).Text(3, Labels[i % Labels.Length]).Text(4, nameBytes.Value[i]).Execute();
                key.Text(1, NameKey.Normalize(name)).Text(2, id).Execute();
                search.Integer(1, i + 1).Text(2, id).Text(3, SearchText.Key(name)).Execute();
            }

            transaction.Commit();
        }
    }

    private void WriteArticles(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var article = new PositionalStatement(connection, "INSERT INTO articles (id, title, published, content_hash) VALUES (?1, ?2, ?3, 'synthetic')");
        for (var i = 0; i < Articles; i++)
        {
            article.Text(1, ArticleId(i)).Text(2, $"Synthetic article {i}").Text(3, Published(i)).Execute();
        }

        transaction.Commit();
    }

    private static string ArticleId(int index) => $"synthetic-{index:D6}";

    private static int ArticleId(Span<byte> buffer, int index)
    {
        "synthetic-"u8.CopyTo(buffer);
        index.TryFormat(buffer[10..], out var digits, "D6", CultureInfo.InvariantCulture);
        return 10 + digits;
    }

    /// <summary>
    /// The facts, in the order they are drawn (fact i is stated by article i / 100): a type, two endpoints (by index, in
    /// canonical order), a confidence, sometimes a stated date, and where its sentence starts in its article (the
    /// article's sentences in drawing order, one space apart). Keys are told apart by number (<see cref="Order"/>), not text.
    /// </summary>
    private Fact[] DrawFacts(CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var keys = new HashSet<long>(edges);
        var facts = new Fact[edges];
        var count = 0;
        var offset = 0; // where the next sentence starts in its article's text
        while (count < edges)
        {
            if (count % BatchSize == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var type = random.Next(Types.Length);
            var source = random.Next(nodes);
            var target = random.Next(nodes);
            if (source == target)
            {
                continue;
            }

            if (Types[type].Symmetric && source > target)
            {
                (source, target) = (target, source); // the canonical order of a symmetric fact's endpoints (ids compare as indexes)
            }

            if (!keys.Add(Order(type, source, target)))
            {
                continue;
            }

            var confidence = Math.Round(0.5 + (random.NextDouble() / 2), 2);
            var day = random.Next(4) == 0 ? random.Next(Days) : -1;
            offset = count % FactsPerArticle == 0 ? 0 : offset;
            var fact = new Fact(type, source, target, confidence, day, offset);
            offset += SentenceLength(fact) + 1;
            facts[count++] = fact;
        }

        return facts;
    }

    /// <summary>A fact's place in the ordinal order of keys ("TYPE|entity:0000001|entity:0000002"), as a number.</summary>
    private long Order(int type, int source, int target) => (((long)TypeRanks[type] * nodes) + source) * nodes + target;

    /// <summary>The facts with, in key order, the index of each (<c>ByKey</c>) and, for each fact, its place in that order (<c>Rank</c>).</summary>
    private SortedFacts Sort(Fact[] facts)
    {
        var order = new long[facts.Length];
        var byKey = new int[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            order[i] = Order(facts[i].Type, facts[i].Source, facts[i].Target);
            byKey[i] = i;
        }

        Array.Sort(order, byKey);
        var rank = new int[facts.Length];
        for (var i = 0; i < byKey.Length; i++)
        {
            rank[byKey[i]] = i;
        }

        return new SortedFacts(facts, byKey, rank);
    }

    // made when written, not kept: a million sentences would hold hundreds of megabytes for nothing
    private string Sentence(Fact fact) => $"{names.Value[fact.Source]} and {names.Value[fact.Target]}: {Types[fact.Type].Meaning}.";

    private int SentenceLength(Fact fact) => names.Value[fact.Source].Length + 5 + names.Value[fact.Target].Length + 3 + Types[fact.Type].Meaning.Length;

    private int Sentence(byte[] buffer, Fact fact)
    {
        var source = nameBytes.Value[fact.Source];
        var target = nameBytes.Value[fact.Target];
        var end = SentenceEnds[fact.Type];
        source.CopyTo(buffer, 0);
        And.CopyTo(buffer, source.Length);
        target.CopyTo(buffer, source.Length + And.Length);
        end.CopyTo(buffer, source.Length + And.Length + target.Length);
        return source.Length + And.Length + target.Length + end.Length;
    }

    private int Key(byte[] buffer, Fact fact)
    {
        var type = TypeNames[fact.Type];
        type.CopyTo(buffer, 0);
        buffer[type.Length] = (byte)'|';
        Id(fact.Source).CopyTo(buffer.AsSpan(type.Length + 1));
        buffer[type.Length + 1 + IdLength] = (byte)'|';
        Id(fact.Target).CopyTo(buffer.AsSpan(type.Length + 2 + IdLength));
        return type.Length + 2 + (2 * IdLength);
    }

    private static string NameOf(int seed, int index)
    {
        var random = new Random(seed + index);
        return $"{Word(random)} {Word(random)} {index}";
    }

    /// <summary>
    /// Writes the facts with every row in primary-key order: relationships, assertions and evidence by key, adjacency
    /// by node and key, mentions by article. Each B-tree is then appended to, page after page, instead of taking a
    /// million inserts at random places (the clustered tables are keyed on text). Text values are UTF-8 bytes formatted
    /// into buffers reused from row to row.
    /// </summary>
    private void WriteFacts(SqliteConnection connection, SortedFacts sorted, PhaseClock clock, CancellationToken cancellationToken)
    {
        var (facts, byKey, rank) = sorted;
        // SQLite copies each value as it is bound: one buffer per kind of value serves every row
        var key = new byte[256];
        var article = new byte[32];
        var sentence = new byte[4096];
        using (var relationship = new BulkInsert(connection, "relationships", "key", "type", "source_id", "target_id", "confidence", "date", "date_kind"))
        using (var assertion = new BulkInsert(connection, "assertions", "id", "relationship_key", "article_id", "date", "date_kind", "confidence"))
        using (var evidence = new BulkInsert(connection, "evidence", "assertion_id", "sentence", "start", "\"end\""))
        {
            Groups(connection, byKey.Length, (first, count) =>
            {
                relationship.Begin(count);
                assertion.Begin(count);
                evidence.Begin(count);
                for (var row = 0; row < count; row++)
                {
                    var position = first + row;
                    var index = byKey[position];
                    var fact = facts[index];
                    var keyText = key.AsSpan(0, Key(key, fact));
                    relationship.Row(row).Text(1, keyText).Text(2, TypeNames[fact.Type]).Text(3, Id(fact.Source)).Text(4, Id(fact.Target)).Real(5, fact.Confidence);
                    BindDate(relationship, 6, fact);
                    assertion.Row(row).Integer(1, position + 1).Text(2, keyText).Text(3, article.AsSpan(0, ArticleId(article, index / FactsPerArticle)));
                    BindDate(assertion, 4, fact).Real(6, fact.Confidence);
                    evidence.Row(row).Integer(1, position + 1).Text(2, sentence.AsSpan(0, Sentence(sentence, fact)))
                        .Integer(3, fact.Start).Integer(4, fact.Start + SentenceLength(fact));
                }

                relationship.Execute();
                assertion.Execute();
                evidence.Execute();
            }, cancellationToken);
        }

        clock.Mark("relationships, assertions, evidence");

        // both adjacency rows of every fact, ordered by node, then key (the key's rank): one sort of packed numbers
        var ends = new long[facts.Length * 2L];
        for (var i = 0; i < facts.Length; i++)
        {
            ends[2 * i] = ((long)facts[i].Source << 32) | (uint)rank[i];
            ends[(2 * i) + 1] = ((long)facts[i].Target << 32) | (uint)rank[i];
        }

        Array.Sort(ends);
        using (var adjacency = new BulkInsert(connection, "adjacency", "node_id", "key", "neighbor_id", "type", "outgoing", "confidence", "date", "date_kind"))
        {
            Groups(connection, ends.Length, (first, count) =>
            {
                adjacency.Begin(count);
                for (var row = 0; row < count; row++)
                {
                    var node = (int)(ends[first + row] >> 32);
                    var fact = facts[byKey[(int)(ends[first + row] & 0xFFFF_FFFF)]];
                    var outgoing = fact.Source == node;
                    adjacency.Row(row).Text(1, Id(node)).Text(2, key.AsSpan(0, Key(key, fact))).Text(3, Id(outgoing ? fact.Target : fact.Source))
                        .Text(4, TypeNames[fact.Type]).Integer(5, outgoing ? 1 : 0).Real(6, fact.Confidence);
                    BindDate(adjacency, 7, fact);
                }

                adjacency.Execute();
            }, cancellationToken);
        }

        clock.Mark("adjacency");

        // every (article, entity) pair, article by article, each article's entities in id order
        var pairs = new List<long>(facts.Length * 2);
        foreach (var (index, entities) in Mentions(facts))
        {
            foreach (var entity in entities)
            {
                pairs.Add(((long)index << 32) | (uint)entity);
            }
        }

        using (var mention = new BulkInsert(connection, "mentions", "article_id", "entity_id"))
        {
            Groups(connection, pairs.Count, (first, count) =>
            {
                mention.Begin(count);
                for (var row = 0; row < count; row++)
                {
                    var pair = pairs[first + row];
                    mention.Row(row).Text(1, article.AsSpan(0, ArticleId(article, (int)(pair >> 32)))).Text(2, Id((int)(pair & 0xFFFF_FFFF)));
                }

                mention.Execute();
            }, cancellationToken);
        }

        clock.Mark("mentions");
    }

    /// <summary>Calls <paramref name="write"/> on groups of rows (first, count) of <paramref name="total"/>, one transaction per <see cref="BatchSize"/> rows.</summary>
    private static void Groups(SqliteConnection connection, int total, Action<int, int> write, CancellationToken cancellationToken)
    {
        for (var start = 0; start < total; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            var end = Math.Min(total, start + BatchSize);
            for (var first = start; first < end; first += BulkInsert.RowsPerStatement)
            {
                write(first, Math.Min(BulkInsert.RowsPerStatement, end - first));
            }

            transaction.Commit();
        }
    }

    /// <summary>Binds a fact's stated date and its kind ('stated'), or nulls, at <paramref name="column"/> and the next.</summary>
    private static BulkInsert BindDate(BulkInsert statement, int column, Fact fact) =>
        fact.Day < 0 ? statement.Null(column).Null(column + 1) : statement.Text(column, Dates[fact.Day]).Text(column + 1, Stated);

    /// <summary>Each article with the entities its facts name, in id order.</summary>
    private static IEnumerable<(int Article, ArraySegment<int> Entities)> Mentions(Fact[] facts)
    {
        var entities = new int[2 * FactsPerArticle];
        for (var first = 0; first < facts.Length; first += FactsPerArticle)
        {
            var count = 0;
            for (var i = first; i < Math.Min(facts.Length, first + FactsPerArticle); i++)
            {
                entities[count++] = facts[i].Source;
                entities[count++] = facts[i].Target;
            }

            Array.Sort(entities, 0, count);
            var distinct = 0;
            for (var i = 0; i < count; i++)
            {
                if (distinct == 0 || entities[distinct - 1] != entities[i])
                {
                    entities[distinct++] = entities[i];
                }
            }

            yield return (first / FactsPerArticle, new ArraySegment<int>(entities, 0, distinct));
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
            for (var i = 0; i < facts.Length; i++)
            {
                var fact = facts[i];
                writer.WriteLine(Csv(
                    EntityId(fact.Source), EntityId(fact.Target), Relationship.KeyOf(Types[fact.Type].Name, EntityId(fact.Source), EntityId(fact.Target)), Types[fact.Type].Name,
                    fact.Confidence.ToString("R", CultureInfo.InvariantCulture), fact.Day < 0 ? "" : DateText(fact.Day), ArticleId(i / FactsPerArticle), Sentence(fact)));
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

    private static string Published(int article) => DateText(article % Days);

    private static string DateText(int day) => new DateOnly(2020, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Prints the wall and processor time of each phase of the build since the previous one.</summary>
    private sealed class PhaseClock(TextWriter? output)
    {
        private readonly Stopwatch wall = Stopwatch.StartNew();
        private TimeSpan cpu = ProcessorTime();

        public void Mark(string phase)
        {
            if (output is null)
            {
                return;
            }

            var now = ProcessorTime();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-40} {wall.Elapsed.TotalSeconds,5:F1} s ({(now - cpu).TotalSeconds:F1} s CPU)"));
            wall.Restart();
            cpu = now;
        }

        private static TimeSpan ProcessorTime()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>One fact: its type, canonical endpoints, confidence, stated date (days after 2020-01-01, -1 for none) and sentence offset.</summary>
    private readonly record struct Fact(int Type, int Source, int Target, double Confidence, int Day, int Start);

    private readonly record struct SortedFacts(Fact[] Facts, int[] ByKey, int[] Rank);
}
