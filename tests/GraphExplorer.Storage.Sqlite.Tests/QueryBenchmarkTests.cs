using GraphExplorer.Storage.Sqlite.Benchmark;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class QueryBenchmarkTests
{
    [Fact]
    public async Task A_small_synthetic_graph_is_built_once_and_every_query_is_timed()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bench.db");
        var output = new StringWriter();

        var first = await QueryBenchmark.RunAsync(path, nodes: 300, edges: 2_000, samples: 5, output, settleJit: false, cancellationToken: TestContext.Current.CancellationToken);
        var second = await QueryBenchmark.RunAsync(path, nodes: 300, edges: 2_000, samples: 5, null, settleJit: false, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("ego-network depth=2", first.Select(r => r.Query));
        Assert.Contains("shortest-paths", first.Select(r => r.Query));
        Assert.All(first, r => Assert.True(r.P50Milliseconds <= r.P95Milliseconds && r.P95Milliseconds <= r.MaxMilliseconds, r.Query));
        Assert.True(first.Single(r => r.Query == "ego-network depth=1").MeanRows > 0);
        Assert.Contains("Building", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(first.Select(r => r.MeanRows), second.Select(r => r.MeanRows));
    }

    [Fact]
    public async Task The_csv_files_hold_the_graph_the_bulk_path_stored_and_every_timed_run_is_observed()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bench.db");
        var csv = Path.Combine(folder.Path, "csv");
        var runs = new List<QueryRun>();

        var latencies = await QueryBenchmark.RunAsync(path, nodes: 200, edges: 1_500, samples: 4, null, csv, runs.Add, settleJit: false, cancellationToken: TestContext.Current.CancellationToken);

        using var store = SqliteGraphStore.Open(path);
        var graph = await store.ReadGraphAsync(null, TestContext.Current.CancellationToken);
        var facts = File.ReadAllLines(Path.Combine(csv, "facts.csv")).Skip(1).Select(line => line.Split(',', 8)).ToList();
        Assert.Equal(graph.Relationships.Select(r => r.Key).Order(StringComparer.Ordinal), facts.Select(f => f[2]).Order(StringComparer.Ordinal));
        var byKey = graph.Relationships.ToDictionary(r => r.Key);
        Assert.All(facts, f => Assert.Equal((byKey[f[2]].SourceId, byKey[f[2]].TargetId, byKey[f[2]].Evidence.Single().Sentence), (f[0], f[1], f[7].Trim('"'))));
        Assert.Equal(200, File.ReadAllLines(Path.Combine(csv, "entities.csv")).Length - 1);
        Assert.Equal(latencies.Count * 4, runs.Count);
        var ego = runs.First(r => r.Label == "ego-network depth=1");
        var direct = graph.Relationships.Where(r => r.SourceId == ego.Arguments["entity"] || r.TargetId == ego.Arguments["entity"]).Select(r => r.Key);
        Assert.Equal(direct.Order(StringComparer.Ordinal), ego.Result.Rows.Select(row => (string)row[4]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Settling_the_jit_runs_the_query_on_arguments_of_its_own_and_the_timed_runs_keep_theirs()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bench.db");
        var plain = new List<QueryRun>();
        var settled = new List<QueryRun>();
        string[] only = ["ego-network depth=2"];

        await QueryBenchmark.RunAsync(path, nodes: 200, edges: 1_500, samples: 6, null, null, plain.Add, only, settleJit: false, cancellationToken: TestContext.Current.CancellationToken);
        await QueryBenchmark.RunAsync(path, nodes: 200, edges: 1_500, samples: 6, null, null, settled.Add, only, settleJit: true, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(6, settled.Count);
        Assert.Equal(plain.Select(r => r.Arguments["entity"]), settled.Select(r => r.Arguments["entity"]));
        Assert.Equal(plain.Select(r => r.Result.Rows.Count), settled.Select(r => r.Result.Rows.Count));
    }

    [Fact]
    public async Task The_synthetic_articles_sentences_follow_each_other_without_overlapping()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bench.db");
        await QueryBenchmark.RunAsync(path, nodes: 300, edges: 2_000, samples: 1, null, settleJit: false, cancellationToken: TestContext.Current.CancellationToken);

        using var store = SqliteGraphStore.Open(path);
        var graph = await store.ReadGraphAsync(null, TestContext.Current.CancellationToken);
        var byArticle = graph.Relationships.SelectMany(r => r.Evidence).GroupBy(e => e.ArticleId).ToList();
        Assert.True(byArticle.Count > 1);
        foreach (var article in byArticle)
        {
            // an export rebuilds each article's text from its sentences at their offsets: they must tile it, one space apart
            var spans = article.OrderBy(e => e.Start).ToList();
            Assert.Equal(0, spans[0].Start);
            Assert.All(spans, e => Assert.Equal(e.Sentence.Length, e.End - e.Start));
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.Equal(pair.First.End + 1, pair.Second.Start));
        }
    }

    [Fact]
    public async Task A_database_holding_another_graph_is_refused()
    {
        using var folder = new TempDirectory();
        var path = folder.File("real.db");
        using (var store = SqliteGraphStore.Open(path))
        {
            foreach (var graph in SeedGraphFixture.Load())
            {
                await store.SaveArticleAsync(graph, TestContext.Current.CancellationToken);
            }
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => QueryBenchmark.RunAsync(path, 300, 2_000, 5, null, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("not this synthetic one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bulk_built_store_has_the_schema_of_a_migrated_store_and_every_foreign_key_holds()
    {
        using var folder = new TempDirectory();
        var bulk = folder.File("bench.db");
        var migrated = folder.File("empty.db");
        var csv = Path.Combine(folder.Path, "csv");
        await QueryBenchmark.RunAsync(bulk, nodes: 250, edges: 1_800, samples: 1, null, csv, only: ["article"], settleJit: false, cancellationToken: TestContext.Current.CancellationToken);
        using (SqliteGraphStore.Open(migrated))
        {
        }

        string[] Rows(string path, string sql)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            return [.. rows];
        }

        // the same tables, indexes (the secondary ones dropped for the load are all built again) and triggers
        const string Schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
        Assert.Equal(Rows(migrated, Schema), Rows(bulk, Schema));
        Assert.Equal(Rows(migrated, "PRAGMA user_version"), Rows(bulk, "PRAGMA user_version"));
        Assert.Equal(["wal"], Rows(bulk, "PRAGMA journal_mode"));
        // written with the foreign keys unchecked row by row: they hold all the same
        Assert.Empty(Rows(bulk, "PRAGMA foreign_key_check"));
        Assert.Equal(["ok"], Rows(bulk, "PRAGMA integrity_check"));
        // every fact under both its endpoints, and each article's mentions are the endpoints of its facts
        Assert.Equal(
            Rows(bulk, "SELECT source_id, key, target_id, type, 1, confidence, date, date_kind FROM relationships UNION ALL SELECT target_id, key, source_id, type, 0, confidence, date, date_kind FROM relationships ORDER BY 1, 2"),
            Rows(bulk, "SELECT node_id, key, neighbor_id, type, outgoing, confidence, date, date_kind FROM adjacency ORDER BY 1, 2"));
        var facts = File.ReadAllLines(Path.Combine(csv, "facts.csv")).Skip(1).Select(line => line.Split(',', 8)).ToList();
        var expected = facts.SelectMany(f => new[] { (f[6], f[0]), (f[6], f[1]) }).Distinct().Order().Select(m => $"{m.Item1} | {m.Item2}");
        Assert.Equal(expected, Rows(bulk, "SELECT article_id, entity_id FROM mentions ORDER BY article_id, entity_id"));
        Assert.Equal(facts.Select(f => $"{f[2]} | {f[6]}").Order(StringComparer.Ordinal), Rows(bulk, "SELECT relationship_key, article_id FROM assertions ORDER BY relationship_key"));
    }
}
