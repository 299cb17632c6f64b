using CsCheck;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// The aggregates the writer keeps as it goes (a fact's confidence, date, place, title and allegation; an entity's chosen
/// name, aliases, name keys and search row; the counts and adjacency rows behind them) equal what is recomputed from the
/// rows, after any sequence of batches: articles saved, saved again changed, saves failing half-way (their failures recorded in the batch), batches committed
/// or dropped. And the graph is the one the committed articles give when stored alone, in another order; and the entities
/// a batch finds by name, with what the writer keeps from batch to batch, are the stored ones.
/// </summary>
public sealed class AggregatePropertyTests
{
    private static readonly string[] Types = ["ACCUSED", "MET_WITH", "ATTACKED"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>One person as an article names it: which person, which of its names, which aliases.</summary>
    public sealed record Naming(int Person, int Name, int[] Aliases);

    /// <summary>One fact of an article; null parts are not stated.</summary>
    public sealed record Statement(int Type, int Source, int Target, int? Day, bool Reported, int? Place, int? Title, int? Allegation, int Confidence);

    /// <summary>One save: of article <see cref="Article"/>, failing after its rows are written when <see cref="Fails"/>.</summary>
    public sealed record Save(int Article, Naming[] Namings, Statement[] Statements, bool Fails);

    /// <summary>Saves in one transaction, committed or dropped.</summary>
    public sealed record Batch(Save[] Saves, bool Committed);

    private static readonly Gen<Naming> Namings = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 3].Array[0, 2], (p, n, a) => new Naming(p, n, a));

    private static readonly Gen<Statement> Statements = Gen.Select(
        Gen.Int[0, Types.Length - 1],
        Gen.Int[0, 4],
        Gen.Int[1, 4],
        Gen.Int[0, 6].Nullable(),
        Gen.Bool,
        Gen.Select(Gen.Int[0, 2].Nullable(), Gen.Int[0, 2].Nullable(), Gen.Int[0, 2].Nullable(), Gen.Int[0, 4], (place, title, allegation, confidence) => (place, title, allegation, confidence)),
        (type, source, offset, day, reported, rest) => new Statement(type, source, (source + offset) % 5, day, reported, rest.place, rest.title, rest.allegation, rest.confidence));

    private static readonly Gen<Save> Saves = Gen.Select(Gen.Int[0, 5], Namings.Array[0, 3], Statements.Array[0, 4], Gen.Int[0, 9], (article, namings, statements, fail) => new Save(article, namings, statements, fail == 0));

    private static readonly Gen<Batch[]> Batches = Gen.Select(Saves.Array[1, 6], Gen.Int[0, 4], (saves, drop) => new Batch(saves, drop != 0)).Array[1, 6];

    private static string PersonId(int person) => $"person:p{person}";

    private static string PlaceId(int place) => $"place:x{place}";

    private static string NameOf(int person, int name) => name switch
    {
        0 => $"Person {person} Alpha",
        1 => $"Person {person} Alpha Beta",
        _ => $"P{person} Alpha",
    };

    /// <summary>The article's graph; a failing save's last sentence is refused by the test's trigger, after its other rows are in.</summary>
    private static ArticleGraph Graph(Save save, int version)
    {
        var articleId = $"a{save.Article}";
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        void Person(int person, int name, IEnumerable<int> aliases)
        {
            var id = PersonId(person);
            var names = aliases.Select(a => $"Alias {person}-{a}");
            if (entities.TryGetValue(id, out var known))
            {
                names = names.Concat(known.AllNames);
            }

            var all = names.Append(NameOf(person, name)).Distinct(StringComparer.Ordinal).Where(n => n != NameOf(person, name)).Order(StringComparer.Ordinal).ToList();
            entities[id] = new Entity(id, NodeLabels.Person, NameOf(person, name), all);
        }

        foreach (var naming in save.Namings)
        {
            Person(naming.Person, naming.Name, naming.Aliases);
        }

        var sentences = new List<string>();
        var relationships = new List<Relationship>();
        var text = "";
        foreach (var (statement, index) in save.Statements.Select((s, i) => (s, i)))
        {
            foreach (var person in new[] { statement.Source, statement.Target }.Where(p => !entities.ContainsKey(PersonId(p))))
            {
                Person(person, 0, []);
            }

            if (statement.Place is { } place)
            {
                entities[PlaceId(place)] = new Entity(PlaceId(place), NodeLabels.Place, $"Place {place}", []);
            }

            var poisoned = save.Fails && index == save.Statements.Length - 1;
            var sentence = $"Sentence {index} of version {version}{(poisoned ? " poison" : "")}.";
            var start = text.Length;
            text += sentence + " ";
            relationships.Add(new Relationship(Types[statement.Type], PersonId(statement.Source), PersonId(statement.Target), [new Evidence(articleId, sentence, start, start + sentence.Length)])
            {
                Date = statement.Day is { } day ? new DateOnly(2024, 3, 1).AddDays(day) : null,
                DateKind = statement.Reported ? DateKind.Reported : DateKind.Stated,
                PlaceId = statement.Place is { } p ? PlaceId(p) : null,
                Title = statement.Title is { } t ? $"title {t}" : null,
                Allegation = statement.Allegation is { } a ? $"allegation {a}" : null,
                Confidence = 0.5 + (statement.Confidence / 10.0),
            });
        }

        text += $"Version {version}.";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        return new ArticleGraph(new Article(articleId, articleId, text, hash), [.. entities.Values], relationships);
    }

    [Fact]
    public async Task Aggregates_after_any_sequence_of_batches_equal_those_recomputed_from_the_rows_and_do_not_depend_on_order()
    {
        await Batches.SampleAsync(
            async batches =>
            {
                using var fixture = new SqliteStoreFixture();
                await PoisonedEvidence.RefuseInAsync(fixture.DatabasePath, Token);
                var committed = new Dictionary<int, ArticleGraph>();
                var committedFailures = new List<string>();
                var version = 0;
                foreach (var batch in batches)
                {
                    var saved = new Dictionary<int, ArticleGraph>(committed);
                    var failures = new List<string>(committedFailures);
                    await using (var open = await fixture.Store.BeginBatchAsync(Token))
                    {
                        // the entities found by name, as the writer keeps them from batch to batch, are those stored
                        var stored = await fixture.Store.FindEntitiesByNameKeysAsync(AllNameKeys, Token);
                        Assert.Equal(Json(stored), Json(await open.FindEntitiesByNameKeysAsync(AllNameKeys, Token)));
                        foreach (var save in batch.Saves)
                        {
                            var graph = Graph(save, ++version);
                            if (save.Fails && save.Statements.Length > 0)
                            {
                                await Assert.ThrowsAsync<SqliteException>(() => open.SaveArticleAsync(graph, Token));

                                // recorded in the batch, as ingestion does: kept when a later save of the batch fails
                                var source = $"v{version}.txt";
                                await open.RecordFailureAsync(new Core.Storage.IngestFailure(source, "poisoned", DateTimeOffset.UnixEpoch), Token);
                                failures.Add(source);
                                continue;
                            }

                            await open.SaveArticleAsync(graph, Token);
                            saved[save.Article] = graph;
                        }

                        if (batch.Committed)
                        {
                            await open.CommitAsync(Token);
                            committed = saved;
                            committedFailures = failures;
                        }
                    }

                    await AssertAggregatesAsync(fixture.DatabasePath);
                    await AssertEvidenceAsync(fixture.DatabasePath, committed.Values);
                    await AssertFailuresAsync(fixture.DatabasePath, committedFailures);
                }

                // the committed articles alone, newest first, in a store of their own
                using var reference = new SqliteStoreFixture();
                foreach (var graph in committed.OrderByDescending(c => c.Key).Select(c => c.Value))
                {
                    await reference.Store.SaveArticleAsync(graph, Token);
                }

                foreach (var source in committedFailures)
                {
                    await reference.Store.RecordFailureAsync(new Core.Storage.IngestFailure(source, "poisoned", DateTimeOffset.UnixEpoch), Token);
                }

                Assert.Equal(await SnapshotAsync(reference.Store), await SnapshotAsync(fixture.Store));
            },
            iter: 40,
            threads: 1);
    }

    /// <summary>The name keys of every name and alias a test article can give.</summary>
    private static readonly string[] AllNameKeys =
    [
        .. Enumerable.Range(0, 5).SelectMany(p => Enumerable.Range(0, 3).Select(n => NameOf(p, n)).Concat(Enumerable.Range(0, 4).Select(a => $"Alias {p}-{a}")))
            .SelectMany(n => NameKey.LookupKeys(n, NodeLabels.Person)).Distinct(StringComparer.Ordinal),
    ];

    private static string Json(IReadOnlyList<Entity> entities) => System.Text.Json.JsonSerializer.Serialize(entities);

    private static async Task<string> SnapshotAsync(SqliteGraphStore store) =>
        System.Text.Json.JsonSerializer.Serialize(new { graph = await store.ReadGraphAsync(null, Token), stats = await store.GetStatsAsync(Token) });

    private static async Task<List<object?[]>> RowsAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(Token))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Line(object?[] row) => string.Join(" | ", row.Select(v => v switch
    {
        null => "null",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    }));

    /// <summary>
    /// Each piece of evidence stored under the assertion of the article and fact that state it (the writer takes an
    /// assertion's id from the row it inserted), and nothing else: as the committed graphs give them.
    /// </summary>
    private static async Task AssertEvidenceAsync(string path, IEnumerable<ArticleGraph> committed)
    {
        var expected = committed
            .SelectMany(g => g.Relationships.SelectMany(r => r.Evidence.Select(e => Line([g.Article.Id, r.Key, e.Sentence, e.Start, e.End]))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        var stored = (await RowsAsync(connection, "SELECT a.article_id, a.relationship_key, e.sentence, e.start, e.\"end\" FROM evidence e JOIN assertions a ON a.id = e.assertion_id"))
            .Select(Line).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored);
    }

    /// <summary>The failures recorded in the committed batches, each once (those of a batch dropped, or taken back, none).</summary>
    private static async Task AssertFailuresAsync(string path, IEnumerable<string> committed)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        var stored = (await RowsAsync(connection, "SELECT source FROM ingest_failures")).Select(Line).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(committed.Order(StringComparer.Ordinal).ToList(), stored);
    }

    /// <summary>Every stored aggregate against the same aggregate computed here, in C#, from the rows it stands for.</summary>
    private static async Task AssertAggregatesAsync(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);

        // facts: from their assertions (the rules of GRAPH-SHAPE.md)
        var assertions = await RowsAsync(connection, "SELECT relationship_key, article_id, date, coalesce(date_kind, 'stated'), place_id, title, allegation, confidence FROM assertions");
        var expectedFacts = assertions.GroupBy(a => (string)a[0]!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var byArticle = g.OrderBy(a => (string)a[1]!, StringComparer.Ordinal).ToList();
            var dated = g.Where(a => a[2] is not null).OrderBy(a => (string)a[3]! == "reported").ThenBy(a => (string)a[2]!, StringComparer.Ordinal).FirstOrDefault();
            var place = byArticle.FirstOrDefault(a => a[4] is not null);
            var title = byArticle.FirstOrDefault(a => a[5] is not null);
            var allegation = byArticle.FirstOrDefault(a => a[6] is not null);
            return Line([g.Key, g.Max(a => (double)a[7]!), dated?[2], dated?[3], place?[4], place?[1], title?[5], title?[1], allegation?[6], allegation?[1]]);
        }).ToList();
        var storedFacts = (await RowsAsync(connection, "SELECT key, confidence, date, date_kind, place_id, place_article, title, title_article, allegation, allegation_article FROM relationships ORDER BY key")).Select(Line).ToList();
        Assert.Equal(expectedFacts, storedFacts);

        var expectedAdjacency = (await RowsAsync(connection,
            """
            SELECT source_id, key, target_id, type, 1, confidence, date, date_kind, place_id, title, allegation FROM relationships
            UNION ALL SELECT target_id, key, source_id, type, 0, confidence, date, date_kind, place_id, title, allegation FROM relationships
            """)).Select(Line).Order(StringComparer.Ordinal).ToList();
        var storedAdjacency = (await RowsAsync(connection, "SELECT node_id, key, neighbor_id, type, outgoing, confidence, date, date_kind, place_id, title, allegation FROM adjacency"))
            .Select(Line).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedAdjacency, storedAdjacency);

        // entities: from their mentions and aliases
        var mentions = await RowsAsync(connection, "SELECT entity_id, name FROM mentions");
        var aliasRows = await RowsAsync(connection, "SELECT entity_id, alias FROM entity_aliases");
        var labels = (await RowsAsync(connection, "SELECT id, label FROM entities")).ToDictionary(r => (string)r[0]!, r => (string)r[1]!, StringComparer.Ordinal);
        Assert.Equal(mentions.Select(m => (string)m[0]!).Distinct().Order(StringComparer.Ordinal), labels.Keys.Order(StringComparer.Ordinal));
        var expectedEntities = new List<string>();
        var expectedKeys = new List<string>();
        var expectedSearch = new List<string>();
        foreach (var id in labels.Keys.Order(StringComparer.Ordinal))
        {
            var name = NameKey.ChooseNameByCounts(mentions.Where(m => (string)m[0]! == id).GroupBy(m => (string)m[1]!, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
            var all = aliasRows.Where(a => (string)a[0]! == id).Select(a => (string)a[1]!).Append(name).ToHashSet(StringComparer.Ordinal);
            var aliases = all.Where(a => a != name).Order(StringComparer.Ordinal);
            expectedEntities.Add($"{id} | {name} | {string.Join(", ", aliases)}");
            expectedKeys.AddRange(all.SelectMany(n => NameKey.LookupKeys(n, labels[id])).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => $"{id} | {k}"));
            expectedSearch.Add($"{id} | {string.Join(" | ", all.Order(StringComparer.Ordinal).Select(SearchText.Key))}");
        }

        var storedEntities = (await RowsAsync(connection, "SELECT id, name, aliases FROM entities ORDER BY id"))
            .Select(r => $"{r[0]} | {r[1]} | {string.Join(", ", System.Text.Json.JsonSerializer.Deserialize<string[]>((string)r[2]!)!)}").ToList();
        Assert.Equal(expectedEntities, storedEntities);
        Assert.Equal(expectedKeys.Order(StringComparer.Ordinal), (await RowsAsync(connection, "SELECT entity_id, name_key FROM entity_name_keys")).Select(Line).Order(StringComparer.Ordinal));
        Assert.Equal(expectedSearch, (await RowsAsync(connection, "SELECT entity_id, names FROM entity_search ORDER BY entity_id")).Select(Line));
        Assert.Equal(
            (await RowsAsync(connection, "SELECT entity_id, alias, count(*) FROM entity_aliases GROUP BY entity_id, alias ORDER BY 1, 2")).Select(Line),
            (await RowsAsync(connection, "SELECT entity_id, alias, articles FROM entity_alias_counts ORDER BY 1, 2")).Select(Line));
        Assert.Equal(
            (await RowsAsync(connection, "SELECT entity_id, name, count(*) FROM mentions GROUP BY entity_id, name ORDER BY 1, 2")).Select(Line),
            (await RowsAsync(connection, "SELECT entity_id, name, articles FROM entity_name_counts ORDER BY 1, 2")).Select(Line));
    }
}
