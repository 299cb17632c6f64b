using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Text;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// Curation through the query service's API, on each store, with the real program: the articles ingested by
/// <c>ingest</c>, curations made over HTTP on <c>serve</c>, then the same articles ingested again (edited, so they are
/// extracted anew) and the store rebuilt (<c>ingest --rebuild</c>); after each, a new <c>serve</c> must show every
/// curation in force, and undo must take the merge back. Neo4j is the server named by <c>NEO4J_URI</c> (emptied).
/// </summary>
public sealed class CurationEndToEndTests : IDisposable
{
    private const string Keep = "person:qasim-al-araji";
    private const string Folded = "person:rebar-ahmed";
    private const string FoldedName = "Rebar Ahmed";
    private const string AddedAlias = "Abu Curation Check";
    private const string NewName = "Renamed Through The API";

    private readonly TempDirectory work = new();

    /// <summary>Environment variables set for the CLI processes a test starts (the Neo4j server it holds).</summary>
    private readonly Dictionary<string, string?> environment = [];

    public static TheoryData<string> Stores => ["sqlite", "neo4j"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Curations_made_over_the_api_survive_reingest_and_rebuild_and_undo(string store)
    {
        var token = TestContext.Current.CancellationToken;
        string[] storeArgs = ["--db", work.File("graph.db")];
        var neo4j = store == "neo4j" ? StoreParityTests.RequireNeo4j() : null;
        await using var exclusive = neo4j is null ? null : await Neo4jDatabaseLock.AcquireAsync(Neo4jDatabaseLock.Pool(neo4j.Uri), token);
        if (neo4j is not null && exclusive is not null)
        {
            // the CLI processes below reach the server this test holds
            neo4j.Uri = exclusive.Server;
            environment["NEO4J_URI"] = exclusive.Server.ToString();
            storeArgs = ["--store", "neo4j"];
            await StoreParityTests.EmptyAsync(neo4j, token);
        }

        try
        {
            var articles = Directory.CreateDirectory(work.File("articles")).FullName;
            foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
            {
                File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)));
            }

            await IngestAsync(storeArgs, [articles], token);
            Plan plan;
            await using (var serve = await ServeAsync(storeArgs, token))
            {
                plan = await CurateAsync(serve.Client, token);
                await CheckAsync(serve.Client, plan, "after curating", token);
            }

            // The same articles, edited: each is read and extracted again and replaces its own facts.
            foreach (var file in Directory.GetFiles(articles))
            {
                await File.AppendAllTextAsync(file, "\n\nThis article was corrected after publication.\n", token);
            }

            var reingest = await IngestAsync(storeArgs, [articles], token);
            Assert.Contains(" updated", reingest, StringComparison.Ordinal);
            await using (var serve = await ServeAsync(storeArgs, token))
            {
                await CheckAsync(serve.Client, plan, "after re-ingesting", token);
            }

            var rebuild = await IngestAsync(storeArgs, ["--rebuild", articles], token);
            Assert.Contains("Rebuilding: the graph was emptied; 5 curations in force", rebuild, StringComparison.Ordinal);
            await using (var serve = await ServeAsync(storeArgs, token))
            {
                await CheckAsync(serve.Client, plan, "after rebuilding", token);

                using var undo = await serve.Client.PostAsync($"/api/curations/{plan.MergeId}/undo", null, token);
                Assert.True(undo.IsSuccessStatusCode, await undo.Content.ReadAsStringAsync(token));
                using var back = await serve.Client.GetAsync($"/api/entities/{Folded}", token);
                Assert.True(back.IsSuccessStatusCode, $"after undoing the merge, {Folded} answers {(int)back.StatusCode}");
                using var log = JsonDocument.Parse(await serve.Client.GetStringAsync("/api/curations/", token));
                Assert.Equal(4, log.RootElement.EnumerateArray().Count(InForce));
            }
        }
        finally
        {
            if (neo4j is not null)
            {
                // The other suites expect a database holding the seeds or nothing.
                await StoreParityTests.EmptyAsync(neo4j, token);
            }
        }
    }

    [Fact]
    public async Task A_rebuild_from_a_path_that_does_not_exist_leaves_the_graph_alone()
    {
        var token = TestContext.Current.CancellationToken;
        string[] storeArgs = ["--db", work.File("graph.db")];
        await IngestAsync(storeArgs, [RepoPaths.Seeds], token);
        var missing = work.File("no-such-folder");

        var (exit, _, error) = await CliProcess.RunAsync(work.Path, token, [.. storeArgs, "ingest", "--rebuild", missing]);

        Assert.Equal(2, exit);
        Assert.Equal($"Not rebuilding: {missing} does not exist; the graph is unchanged.", error.Trim());
        var (_, stats, _) = await CliProcess.RunAsync(work.Path, token, [.. storeArgs, "stats", "--json"]);
        Assert.NotEqual(0, JsonDocument.Parse(stats).RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_curation_or_an_ingest_by_another_process_shows_in_the_next_answer_of_a_query_the_service_kept()
    {
        // The embedded store's answers are kept by the service until the store changes; every write must show at once.
        var token = TestContext.Current.CancellationToken;
        string[] storeArgs = ["--db", work.File("graph.db")];
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        var firstFour = Directory.CreateDirectory(work.File("first")).FullName;
        foreach (var seed in seeds.SkipLast(1))
        {
            File.Copy(seed, Path.Combine(firstFour, Path.GetFileName(seed)));
        }

        await IngestAsync(storeArgs, [firstFour], token);
        await using var serve = await ServeAsync(storeArgs, token);
        var egoNetwork = $"/api/queries/ego-network?entity={Uri.EscapeDataString(Keep)}";
        const string KeyActors = "/api/queries/key-actors?limit=100";
        var before = await serve.Client.GetStringAsync(egoNetwork, token);
        Assert.Equal(before, await serve.Client.GetStringAsync(egoNetwork, token));
        var actorsBefore = await serve.Client.GetStringAsync(KeyActors, token);
        Assert.Equal(actorsBefore, await serve.Client.GetStringAsync(KeyActors, token));

        await PostAsync(serve.Client, "rename", new { entity = Keep, name = NewName }, token);
        var afterRename = await serve.Client.GetStringAsync(egoNetwork, token);
        Assert.DoesNotContain(NewName, before, StringComparison.Ordinal);
        Assert.Contains(NewName, afterRename, StringComparison.Ordinal);

        // Another process writes the same file while serve runs.
        var last = Directory.CreateDirectory(work.File("last")).FullName;
        File.Copy(seeds[^1], Path.Combine(last, Path.GetFileName(seeds[^1])));
        await IngestAsync(storeArgs, [last], token);
        var actorsAfter = await serve.Client.GetStringAsync(KeyActors, token);
        Assert.NotEqual(actorsBefore, actorsAfter);
        Assert.True(
            JsonDocument.Parse(actorsAfter).RootElement.GetProperty("rows").GetArrayLength() > JsonDocument.Parse(actorsBefore).RootElement.GetProperty("rows").GetArrayLength(),
            "the fifth seed's entities are not among the key actors after it was ingested by another process");
    }

    /// <summary>Five curations by rule over the stored seeds: a merge, an added alias, a split alias, a rename and a rejected fact.</summary>
    private static async Task<Plan> CurateAsync(HttpClient client, CancellationToken token)
    {
        using var graph = JsonDocument.Parse(await client.GetStringAsync("/api/graph?limit=2000", token));
        var relationships = graph.RootElement.GetProperty("relationships").EnumerateArray().ToList();
        bool Touches(JsonElement r, string id) => r.GetProperty("source").GetString() == id || r.GetProperty("target").GetString() == id;
        var renamed = graph.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("label").GetString() == "Organization").Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).First();
        var split = SplitCandidate.Find(graph.RootElement, Keep, Folded, renamed);
        var rejected = relationships.Where(r => !Touches(r, Keep) && !Touches(r, Folded) && !Touches(r, renamed) && !Touches(r, split.EntityId))
            .Select(r => r.GetProperty("key").GetString()!).Order(StringComparer.Ordinal).First();

        var merge = await PostAsync(client, "merge", new { keep = Keep, merge = Folded }, token);
        await PostAsync(client, "add-alias", new { entity = Keep, alias = AddedAlias }, token);
        var splitOff = await PostAsync(client, "split-alias", new { entity = split.EntityId, alias = split.Alias }, token);
        await PostAsync(client, "rename", new { entity = renamed, name = NewName }, token);
        await PostAsync(client, "reject-fact", new { fact = rejected }, token);
        return new Plan(merge.GetProperty("id").GetInt64(), renamed, rejected, split.EntityId, split.Alias, splitOff.GetProperty("otherEntityId").GetString()!, split.MovingFacts);
    }

    private static async Task CheckAsync(HttpClient client, Plan plan, string when, CancellationToken token)
    {
        using var gone = await client.GetAsync($"/api/entities/{Folded}", token);
        Assert.True(gone.StatusCode == System.Net.HttpStatusCode.NotFound, $"{when}: {Folded} was merged away but answers {(int)gone.StatusCode}");

        using var kept = JsonDocument.Parse(await client.GetStringAsync($"/api/entities/{Keep}", token));
        var aliases = kept.RootElement.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.True(aliases.Contains(FoldedName) && aliases.Contains(AddedAlias), $"{when}: {Keep} has aliases {string.Join(", ", aliases)}");

        using var found = JsonDocument.Parse(await client.GetStringAsync($"/api/queries/search?text={Uri.EscapeDataString(AddedAlias)}", token));
        Assert.True(found.RootElement.GetProperty("rows").EnumerateArray().Any(row => row[2].GetString() == Keep), $"{when}: searching the added alias does not find {Keep}");

        using var splitOff = await client.GetAsync($"/api/entities/{plan.SplitOff}", token);
        Assert.True(splitOff.IsSuccessStatusCode, $"{when}: the alias '{plan.SplitAlias}' split off {plan.SplitFrom} is not the entity {plan.SplitOff} ({(int)splitOff.StatusCode})");
        using var splitEntity = JsonDocument.Parse(await splitOff.Content.ReadAsStringAsync(token));
        Assert.Equal(plan.SplitAlias, splitEntity.RootElement.GetProperty("entity").GetProperty("name").GetString());
        var splitFacts = splitEntity.RootElement.GetProperty("relationships").GetArrayLength();
        Assert.True(splitFacts >= plan.SplitFacts, $"{when}: '{plan.SplitAlias}' split off {plan.SplitFrom} has {splitFacts} facts, fewer than the {plan.SplitFacts} whose sentences name it so");
        using var splitFrom = JsonDocument.Parse(await client.GetStringAsync($"/api/entities/{plan.SplitFrom}", token));
        var left = splitFrom.RootElement.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.True(left.TrueForAll(a => NameKey.Normalize(a) != NameKey.Normalize(plan.SplitAlias)), $"{when}: {plan.SplitFrom} still carries '{plan.SplitAlias}' ({string.Join(", ", left)})");

        using var renamed = JsonDocument.Parse(await client.GetStringAsync($"/api/entities/{plan.Renamed}", token));
        Assert.Equal(NewName, renamed.RootElement.GetProperty("entity").GetProperty("name").GetString());

        using var graph = JsonDocument.Parse(await client.GetStringAsync("/api/graph?limit=2000", token));
        Assert.DoesNotContain(plan.Rejected, graph.RootElement.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("key").GetString()));

        using var log = JsonDocument.Parse(await client.GetStringAsync("/api/curations/", token));
        Assert.Equal(5, log.RootElement.EnumerateArray().Count(InForce));
        // The log names the entities, as they were named when curated; the ids stay beside the names.
        var mergeEntry = log.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == plan.MergeId);
        Assert.Equal($"merged '{FoldedName}' into 'Qasim al-Araji'", mergeEntry.GetProperty("summary").GetString());
        Assert.Equal((Keep, Folded), (mergeEntry.GetProperty("entityId").GetString(), mergeEntry.GetProperty("otherEntityId").GetString()));
        Assert.Equal(FoldedName, mergeEntry.GetProperty("otherEntityName").GetString());
    }

    private static bool InForce(JsonElement curation) => !curation.TryGetProperty("undoneAt", out var undone) || undone.ValueKind == JsonValueKind.Null;

    private static async Task<JsonElement> PostAsync(HttpClient client, string operation, object body, CancellationToken token)
    {
        using var response = await client.PostAsJsonAsync($"/api/curations/{operation}", body, token);
        var text = await response.Content.ReadAsStringAsync(token);
        Assert.True(response.IsSuccessStatusCode, $"{operation}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<string> IngestAsync(string[] storeArgs, string[] args, CancellationToken token)
    {
        var (exit, output, error) = await CliProcess.RunAsync(work.Path, environment, token, [.. storeArgs, "ingest", .. args]);
        Assert.True(exit == 0, $"ingest {string.Join(' ', args)} exited {exit}: {error}");
        return output + error;
    }

    private async Task<Served> ServeAsync(string[] storeArgs, CancellationToken token)
    {
        var start = CliProcess.StartInfo(work.Path, [.. storeArgs, "serve", "--inbox", work.File("inbox"), "--urls", "http://127.0.0.1:0"]);
        // What is tested is what the curations leave, not how fast: on a loaded machine a Neo4j search ran past the
        // default 10 s request timeout (503).
        start.Environment["GRAPHEXPLORER_QueryService__RequestTimeout"] = "00:02:00";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var serve = await ServeProcess.StartAsync(start, TimeSpan.FromSeconds(90), token);
        return new Served(serve, new HttpClient { BaseAddress = serve.Address });
    }

    public void Dispose() => work.Dispose();

    private sealed record Plan(long MergeId, string Renamed, string Rejected, string SplitFrom, string SplitAlias, string SplitOff, int SplitFacts);

    private sealed class Served(ServeProcess serve, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client => client;

        public async ValueTask DisposeAsync()
        {
            client.Dispose();
            await serve.DisposeAsync();
        }
    }
}
