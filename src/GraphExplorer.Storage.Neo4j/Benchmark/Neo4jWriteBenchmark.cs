using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Neo4j.Benchmark;

/// <summary>What <see cref="Neo4jWriteBenchmark"/> measured, or why it could not.</summary>
/// <param name="Reachable">False when no server answered; <see cref="Lines"/> says why.</param>
/// <param name="Lines">One line per measurement (or the reason nothing was measured).</param>
/// <param name="FactRowsPerSecond">Fact rows per second written in batches by the ingest statement.</param>
public sealed record Neo4jWriteBenchmarkResult(bool Reachable, IReadOnlyList<string> Lines, double FactRowsPerSecond)
{
    public override string ToString() => string.Join(Environment.NewLine, Lines);
}

/// <summary>
/// <c>bench neo4j</c>: how fast the store writes facts, with the very statements and row shapes ingest uses
/// (<see cref="WriteStatements.CreateFacts"/>: endpoints matched by id, the relationship created with its aggregate,
/// the article's <c>:Assertion</c> node with its evidence). Measures entity rows and fact rows written in batches, fact rows one per
/// statement, and whole articles saved one transaction each (<see cref="Neo4jArticleStore.SaveArticleAsync"/>).
/// The data is synthetic: entities whose ids contain <see cref="Marker"/> and articles named after it, written into
/// the configured database and deleted before and after (the graph's own data is untouched).
/// </summary>
public static class Neo4jWriteBenchmark
{
    /// <summary>Part of every benchmark entity id and article id, so that they can be found and deleted.</summary>
    public const string Marker = "graph-explorer-bench";

    /// <summary>At most this many fact rows are written one statement at a time (that path is slow by design).</summary>
    public const int MaxSingleRows = 2000;

    /// <summary>At most this many articles are saved one transaction each.</summary>
    public const int MaxArticles = 300;

    /// <summary>Rows per UNWIND statement by default.</summary>
    public const int DefaultBatchSize = 5000;

    /// <summary>Batched statements per explicit transaction by default.</summary>
    public const int DefaultStatementsPerTransaction = 4;

    private const int FactsPerArticle = 10;
    private static readonly string[] Labels = [NodeLabels.Person, NodeLabels.Person, NodeLabels.Organization, NodeLabels.Country, NodeLabels.Place];
    private static readonly EdgeType[] Types = [EdgeTypes.MetWith, EdgeTypes.Accused, EdgeTypes.Attacked, EdgeTypes.CooperatesWith, EdgeTypes.BackedBy, EdgeTypes.Fought, EdgeTypes.Visited];

    /// <summary>Runs the benchmark; reports "no server reachable" (Reachable = false) instead of throwing when Neo4j does not answer.</summary>
    /// <param name="options">Where the server is.</param>
    /// <param name="rows">Fact rows written in batches; a quarter as many entities.</param>
    /// <param name="batchSize">Rows per UNWIND statement.</param>
    /// <param name="statementsPerTransaction">Batched statements per explicit transaction (one commit for all of them).</param>
    /// <param name="cancellationToken">Stops the run (the synthetic data is still deleted).</param>
    public static async Task<Neo4jWriteBenchmarkResult> RunAsync(Neo4jOptions options, int rows, int batchSize = DefaultBatchSize, int statementsPerTransaction = DefaultStatementsPerTransaction, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(statementsPerTransaction, 1);
        await using var services = Neo4jDatabase.Client(options);
        var client = services.GetRequiredService<QueryApiClient>();
        try
        {
            await client.RunAsync(new Statement("RETURN 1 AS ok"), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Neo4jException or TimeoutException)
        {
            return new Neo4jWriteBenchmarkResult(false, [$"no server reachable at {options.Uri} (database '{options.Database}'): {exception.Message}"], 0);
        }

        var store = new Neo4jArticleStore(client, services.GetRequiredService<IOptions<Neo4jOptions>>());
        await store.InitializeAsync(cancellationToken);
        await CleanAsync(client, cancellationToken);
        var lines = new List<string>();
        try
        {
            var warmUp = Math.Clamp(rows / 3, 1, 5000);
            var workload = new Workload(Math.Max(2, rows / 4), warmUp + rows + Math.Min(MaxSingleRows, rows) + rows);
            var entityTime = await TimeAsync(() => WriteEntitiesAsync(client, workload.Entities, batchSize, cancellationToken));
            lines.Add(Line("entities, batched", workload.Entities.Count, entityTime, $"{batchSize}/statement"));

            // The server compiles its plans and warms its JIT on the first batches: they are written, not timed.
            await WriteFactsAsync(client, workload.Facts.Take(warmUp).ToList(), batchSize, statementsPerTransaction, cancellationToken);
            var batched = workload.Facts.Skip(warmUp).Take(rows).ToList();
            var serverBefore = await ServerProcessorTimeAsync(client, cancellationToken);
            var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var factTime = await TimeAsync(() => WriteFactsAsync(client, batched, batchSize, statementsPerTransaction, cancellationToken));
            var clientTime = Process.GetCurrentProcess().TotalProcessorTime - clientBefore;
            var serverAfter = await ServerProcessorTimeAsync(client, cancellationToken);
            var factRate = batched.Count / factTime.TotalSeconds;
            lines.Add(Line("fact rows, batched", batched.Count, factTime, $"{batchSize}/statement, {statementsPerTransaction} statements/transaction, 2 evidence sentences each"));
            if (serverBefore is { } before && serverAfter is { } after)
            {
                // Wall-clock rates on a shared machine measure the neighbours too; processor time much less so.
                var server = after - before;
                lines.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"fact rows, batched, processor time: server {server.TotalSeconds:0.00} s = {batched.Count / server.TotalSeconds:N0} rows per server processor-second, client {clientTime.TotalSeconds:0.00} s; one writer with both to itself would carry {batched.Count / (server + clientTime).TotalSeconds:N0} rows/s"));
            }

            // The floor under any fact row: the same batches writing each relationship with its key alone (the two id seeks and
            // the CREATE; no aggregate, no assertion, no evidence). What a fact row costs the server beyond it is the evidence.
            var floor = workload.Facts.Skip(warmUp + rows + Math.Min(MaxSingleRows, rows)).ToList();
            var floorBefore = await ServerProcessorTimeAsync(client, cancellationToken);
            var floorTime = await TimeAsync(() => WriteBareRelationshipsAsync(client, floor, batchSize, statementsPerTransaction, cancellationToken));
            var floorAfter = await ServerProcessorTimeAsync(client, cancellationToken);
            lines.Add(Line("floor, relationships alone (key only), batched", floor.Count, floorTime, $"{batchSize}/statement, {statementsPerTransaction} statements/transaction"));
            if (floorBefore is { } floorStart && floorAfter is { } floorEnd)
            {
                var server = floorEnd - floorStart;
                lines.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"floor, processor time: server {server.TotalSeconds:0.00} s = {floor.Count / server.TotalSeconds:N0} rows per server processor-second ({server.TotalMicroseconds / floor.Count:0} microseconds a row)"));
            }

            var single = workload.Facts.Skip(warmUp + rows).Take(Math.Min(MaxSingleRows, rows)).ToList(); // facts of their own: each statement creates a fact, as in the batches
            var singleTime = await TimeAsync(() => WriteFactsAsync(client, single, 1, 1, cancellationToken));
            lines.Add(Line("fact rows, one per statement", single.Count, singleTime, string.Create(CultureInfo.InvariantCulture, $"batching is x{factRate / (single.Count / singleTime.TotalSeconds):0.0}")));

            var articles = workload.Articles(Math.Min(MaxArticles, Math.Max(1, rows / FactsPerArticle)));
            var articleTime = await TimeAsync(async () =>
            {
                foreach (var article in articles)
                {
                    await store.SaveArticleAsync(article, cancellationToken);
                }
            });
            var articleFacts = articles.Sum(a => a.Relationships.Count);
            lines.Add(Line("fact rows, one article per transaction (ingest)", articleFacts, articleTime, string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles = {articles.Count / articleTime.TotalSeconds:0.0} articles/s")));

            // News repeats itself: the same fact restated by article after article. Each save writes its own assertion and
            // folds into the fact's aggregate, so the last hundred saves cost what the first hundred did.
            var repeats = workload.Repeating(Math.Max(3, Math.Min(MaxArticles, rows / FactsPerArticle)));
            var third = repeats.Count / 3;
            var firstTime = await TimeAsync(() => SaveAllAsync(store, repeats.Take(third), cancellationToken));
            await SaveAllAsync(store, repeats.Skip(third).Take(third), cancellationToken);
            var lastTime = await TimeAsync(() => SaveAllAsync(store, repeats.Skip(2 * third), cancellationToken));
            var lastCount = repeats.Count - (2 * third);
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"articles restating one fact, one transaction each: articles 1-{third} {third / firstTime.TotalSeconds:0.0} articles/s, {(2 * third) + 1}-{repeats.Count} {lastCount / lastTime.TotalSeconds:0.0} articles/s (the fact then cited by {repeats.Count} articles)"));
            return new Neo4jWriteBenchmarkResult(true, lines, factRate);
        }
        finally
        {
            await CleanAsync(client, CancellationToken.None);
        }
    }

    private static async Task SaveAllAsync(Neo4jArticleStore store, IEnumerable<ArticleGraph> articles, CancellationToken cancellationToken)
    {
        foreach (var article in articles)
        {
            await store.SaveArticleAsync(article, cancellationToken);
        }
    }

    private static string Line(string what, int count, TimeSpan elapsed, string detail) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: {count:N0} in {elapsed.TotalSeconds:0.00} s = {count / elapsed.TotalSeconds:N0} rows/s ({detail})");

    /// <summary>Entities grouped by label, as ingest writes them (one statement per label and batch).</summary>
    private static async Task WriteEntitiesAsync(QueryApiClient client, IReadOnlyList<EntityWrite> entities, int batchSize, CancellationToken cancellationToken)
    {
        foreach (var group in entities.GroupBy(e => e.Label, StringComparer.Ordinal))
        {
            foreach (var batch in group.Chunk(batchSize))
            {
                var rows = batch.Select(e => e.ToRow()).ToList();
                await client.RunAsync(new Statement(WriteStatements.WriteEntities(group.Key), new Dictionary<string, object?> { ["rows"] = rows }), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Facts grouped by type, as ingest writes them (one statement per type and batch, its rows as columns), the statements
    /// committed <paramref name="statementsPerTransaction"/> at a time; one statement alone is auto-committed.
    /// </summary>
    private static async Task WriteFactsAsync(QueryApiClient client, IReadOnlyList<Relationship> facts, int batchSize, int statementsPerTransaction, CancellationToken cancellationToken)
    {
        var statements = facts.GroupBy(f => f.Type, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(batchSize).Select(batch => new Statement(WriteStatements.CreateFacts(group.Key), WriteStatements.FactColumns([.. batch.Select(NewFact)]))));
        await RunInTransactionsAsync(client, statements, statementsPerTransaction, cancellationToken);
    }

    /// <summary>Runs the statements <paramref name="statementsPerTransaction"/> to a commit; one statement alone is auto-committed.</summary>
    private static async Task RunInTransactionsAsync(QueryApiClient client, IEnumerable<Statement> statements, int statementsPerTransaction, CancellationToken cancellationToken)
    {
        foreach (var transaction in statements.Chunk(statementsPerTransaction))
        {
            if (transaction.Length == 1)
            {
                await client.RunAsync(transaction[0], cancellationToken);
                continue;
            }

            var (open, _) = await client.BeginAsync(transaction[0], cancellationToken);
            await using (open)
            {
                foreach (var statement in transaction[1..^1])
                {
                    await open.RunAsync(statement, cancellationToken);
                }

                await open.CommitAsync(transaction[^1], cancellationToken);
            }
        }
    }

    /// <summary>The floor statement: each relationship between its two endpoints found by id, with its key alone.</summary>
    private static async Task WriteBareRelationshipsAsync(QueryApiClient client, IReadOnlyList<Relationship> facts, int batchSize, int statementsPerTransaction, CancellationToken cancellationToken)
    {
        var statements = facts.GroupBy(f => f.Type, StringComparer.Ordinal).SelectMany(group => group.Chunk(batchSize).Select(batch => new Statement(
            $$"""
            UNWIND range(0, size($key) - 1) AS i
            MATCH (a:Entity {id: $source[i]})
            MATCH (b:Entity {id: $target[i]})
            CREATE (a)-[:{{EdgeTypes.Get(group.Key).Name}} {key: $key[i]}]->(b)
            """,
            new Dictionary<string, object?> { ["key"] = batch.Select(f => f.Key).ToList(), ["source"] = batch.Select(f => f.SourceId).ToList(), ["target"] = batch.Select(f => f.TargetId).ToList() })));
        await RunInTransactionsAsync(client, statements, statementsPerTransaction, cancellationToken);
    }

    /// <summary>The server process's processor time (JMX through <c>dbms.queryJmx</c>), or null where the server does not tell.</summary>
    private static async Task<TimeSpan?> ServerProcessorTimeAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.RunAsync(
                new Statement("CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes RETURN attributes.ProcessCpuTime.value AS nanoseconds"),
                cancellationToken);
            return result.Single("nanoseconds") is long nanoseconds ? TimeSpan.FromTicks(nanoseconds / 100) : null;
        }
        catch (Neo4jException)
        {
            return null; // not allowed, or no such procedure: the wall-clock figures stand alone
        }
    }

    /// <summary>What ingest's write plan gives for a fact no article stated before: its aggregate over one contribution, created with it.</summary>
    private static FactWrite NewFact(Relationship fact)
    {
        var contribution = FactContribution.From(fact.Evidence[0].ArticleId, fact);
        return new FactWrite(fact.Key, fact.Type, fact.SourceId, fact.TargetId, FactAggregate.None.Add(contribution), Exists: false, contribution);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed;
    }

    /// <summary>Deletes the synthetic entities (with their facts and mentions), articles and assertions, in batches.</summary>
    private static async Task CleanAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        var marker = new Dictionary<string, object?> { ["marker"] = Marker };
        await client.RunAsync(new Statement("MATCH (e:Entity) WHERE e.id CONTAINS $marker CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS", marker), cancellationToken);
        await client.RunAsync(new Statement("MATCH (a:Article) WHERE a.id STARTS WITH $marker CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 5000 ROWS", marker), cancellationToken);
        await client.RunAsync(new Statement("MATCH (s:Assertion) WHERE s.article STARTS WITH $marker CALL (s) { DELETE s } IN TRANSACTIONS OF 5000 ROWS", marker), cancellationToken);
    }

    /// <summary>A reproducible synthetic workload: entities of several labels, facts between them with news-like evidence.</summary>
    private sealed class Workload
    {
        private readonly Random random = new(11);

        public Workload(int entityCount, int factCount)
        {
            Entities = [.. Enumerable.Range(0, entityCount).Select(i =>
            {
                var label = Labels[i % Labels.Length];
                var name = $"Bench {label} {i}";
                return new EntityWrite(Id(label, i), label, name, [$"B. {label} {i}"]);
            })];
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var facts = new List<Relationship>(factCount);
            while (facts.Count < factCount)
            {
                var fact = RandomFact($"{Marker}-article-{facts.Count / FactsPerArticle:D6}");
                if (keys.Add(fact.Key))
                {
                    facts.Add(fact);
                }
            }

            Facts = facts;
        }

        public List<EntityWrite> Entities { get; }

        public List<Relationship> Facts { get; }

        /// <summary>Article graphs of <see cref="FactsPerArticle"/> new facts each, between entities written before.</summary>
        public IReadOnlyList<ArticleGraph> Articles(int count) => [.. Enumerable.Range(0, count).Select(i =>
        {
            var id = $"{Marker}-saved-{i:D6}";
            var facts = Enumerable.Range(0, FactsPerArticle).Select(_ => RandomFact(id)).DistinctBy(f => f.Key).ToList();
            var entities = facts.SelectMany(f => new[] { f.SourceId, f.TargetId }).Distinct()
                .Select(entityId => Entities.First(e => e.Id == entityId))
                .Select(e => new Entity(e.Id, e.Label, e.Name, e.Aliases))
                .ToList();
            var text = string.Join(" ", facts.SelectMany(f => f.Evidence).Select(e => e.Sentence));
            var article = new Article(id, $"Benchmark article {i}", text, $"bench-{i}") { Published = new DateOnly(2024, 1, 1).AddDays(i % 365) };
            return new ArticleGraph(article, entities, facts);
        })];

        /// <summary>Article graphs that each restate the same meeting of the first two entities, in a sentence of their own.</summary>
        public IReadOnlyList<ArticleGraph> Repeating(int count) => [.. Enumerable.Range(0, count).Select(i =>
        {
            var id = $"{Marker}-repeat-{i:D6}";
            var (a, b) = (Entities[0], Entities[1]);
            var sentence = $"Outlet {i} reports that {a.Name} met {b.Name} on Monday.";
            var fact = new Relationship(EdgeTypes.MetWith.Name, a.Id, b.Id, [new Evidence(id, sentence, 0, sentence.Length)])
            {
                Date = new DateOnly(2024, 1, 1).AddDays(i % 365),
                Confidence = 0.5 + ((i % 5) / 10.0),
            }.Canonical();
            var article = new Article(id, $"Repeated report {i}", sentence, $"repeat-{i}") { Published = new DateOnly(2024, 1, 1).AddDays(i % 365) };
            return new ArticleGraph(article, [new Entity(a.Id, a.Label, a.Name, a.Aliases), new Entity(b.Id, b.Label, b.Name, b.Aliases)], [fact]);
        })];

        private Relationship RandomFact(string articleId)
        {
            var type = Types[random.Next(Types.Length)];
            var (source, target) = (random.Next(Entities.Count), random.Next(Entities.Count));
            if (source == target)
            {
                target = (target + 1) % Entities.Count;
            }

            var (a, b) = (Entities[source], Entities[target]);
            var first = $"{a.Name} and {b.Name} were named in a statement on the {type.Name.ToLowerInvariant().Replace('_', ' ')} talks held on Tuesday in the capital.";
            var second = $"Officials said {a.Name} would continue the contacts with {b.Name} next month.";
            return new Relationship(type.Name, a.Id, b.Id, [new Evidence(articleId, first, 0, first.Length), new Evidence(articleId, second, first.Length + 1, first.Length + 1 + second.Length)])
            {
                Date = random.Next(3) == 0 ? new DateOnly(2024, 1, 1).AddDays(random.Next(365)) : null,
                Confidence = Math.Round(0.5 + (random.NextDouble() / 2), 2),
            }.Canonical();
        }

        private static string Id(string label, int i) => $"{label.ToLowerInvariant()}:{Marker}-{i:D7}";
    }
}
