using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>Agreements found through their identity keys (<see cref="IEntityIdentityKeys"/>), not every agreement sharing a generic name.</summary>
public sealed class IdentityKeyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Test rules: an agreement name's first word, when capitalized, is its key ("North border agreement" → "north").</summary>
    private sealed class FirstWordRules(string version = "first-word") : IEntityIdentityKeys
    {
        public string Version => version;

        public bool HasKeys(string label) => label == NodeLabels.Agreement;

        public IEnumerable<string> KeysOf(string label, string name) =>
            HasKeys(label) && char.IsUpper(name[0]) ? [name.Split(' ')[0].ToLowerInvariant()] : [];
    }

    private static ArticleGraph Agreements(string id, params string[] names)
    {
        var builder = new ArticleGraphBuilder(id, "Alpha Person spoke of the border agreement.");
        builder.Entity(NodeLabels.Person, "Alpha Person");
        foreach (var name in names)
        {
            builder.Entity(NodeLabels.Agreement, name, "border agreement");
        }

        return builder.Build(id);
    }

    private static Entity Agreement(string name) => new(Core.Text.NameKey.EntityId(NodeLabels.Agreement, name), NodeLabels.Agreement, name, ["border agreement"]);

    private static async Task<int> RulesRowsAsync(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entity_identity_rules";
        return Convert.ToInt32(await command.ExecuteScalarAsync(Token), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Only_the_agreements_sharing_an_identity_key_or_an_id_and_a_name_key_are_candidates()
    {
        using var folder = new TempDirectory();
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = folder.File("graph.db") }, new FirstWordRules());
        await store.InitializeAsync(Token);
        await store.SaveArticleAsync(Agreements("a1", "North border agreement", "South border agreement", "border agreement of the hills"), Token);

        await using var batch = await store.BeginBatchAsync(Token);
        var person = new Entity("person:alpha-person", NodeLabels.Person, "Alpha Person", []);
        var byName = await batch.FindEntitiesByNameKeysAsync(IArticleBatch.LookupKeysOf([person, Agreement("North pact")]), Token);
        Assert.Equal(
            ["agreement:border-agreement-of-the-hills", "agreement:north-border-agreement", "agreement:south-border-agreement", "person:alpha-person"],
            byName.Select(e => e.Id));

        var candidates = await batch.FindCandidatesAsync([person, Agreement("North pact")], Token);
        Assert.Equal(["agreement:north-border-agreement", "person:alpha-person"], candidates.Select(e => e.Id));

        // the same id is a candidate without a shared identity key; a shared identity key without a shared name is not
        var sameId = await batch.FindCandidatesAsync([Agreement("border agreement of the hills")], Token);
        Assert.Equal(["agreement:border-agreement-of-the-hills"], sameId.Select(e => e.Id));
        var keyOnly = await batch.FindCandidatesAsync([new Entity("agreement:south-accord", NodeLabels.Agreement, "South accord", [])], Token);
        Assert.Empty(keyOnly);
    }

    [Fact]
    public async Task Keys_are_made_again_when_the_store_was_written_without_the_rules_or_by_other_rules()
    {
        using var folder = new TempDirectory();
        var path = folder.File("graph.db");
        using (var plain = SqliteGraphStore.Open(path))
        {
            await plain.SaveArticleAsync(Agreements("a1", "North border agreement", "South border agreement"), Token);
        }

        Assert.Equal(0, await RulesRowsAsync(path));
        using (var keyed = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = path }, new FirstWordRules()))
        {
            await keyed.InitializeAsync(Token);
            Assert.Equal(1, await RulesRowsAsync(path));
            await using var batch = await keyed.BeginBatchAsync(Token);
            Assert.Equal(["agreement:south-border-agreement"], (await batch.FindCandidatesAsync([Agreement("South pact")], Token)).Select(e => e.Id));
        }

        using (var plain = SqliteGraphStore.Open(path))
        {
            await plain.SaveArticleAsync(Agreements("a2", "West border agreement"), Token);
        }

        Assert.Equal(0, await RulesRowsAsync(path));
        using (var keyed = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = path }, new FirstWordRules("first-word-2")))
        {
            // no InitializeAsync: the batch makes them again itself
            await using var batch = await keyed.BeginBatchAsync(Token);
            Assert.Equal(["agreement:west-border-agreement"], (await batch.FindCandidatesAsync([Agreement("West pact")], Token)).Select(e => e.Id));
            await batch.CommitAsync(Token);
        }

        Assert.Equal(1, await RulesRowsAsync(path));
    }
}
