using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>Agreements found through their identity keys (<see cref="IEntityIdentityKeys"/>), not every agreement sharing a generic name.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class IdentityKeyTests(Neo4jServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Test rules: an agreement name's first word, when capitalized, is its key ("North border agreement" → "north").</summary>
    private sealed class FirstWordRules : IEntityIdentityKeys
    {
        public string Version => "first-word";

        public bool HasKeys(string label) => label == NodeLabels.Agreement;

        public IEnumerable<string> KeysOf(string label, string name) =>
            HasKeys(label) && char.IsUpper(name[0]) ? [name.Split(' ')[0].ToLowerInvariant()] : [];
    }

    private ServiceProvider Keyed()
    {
        var options = server.Require();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = options.Uri.ToString(),
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
            ["Neo4j:Database"] = options.Database,
        }).Build();
        return new ServiceCollection().AddSingleton<IEntityIdentityKeys, FirstWordRules>().AddNeo4jStorage(configuration).BuildServiceProvider();
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

    [Fact]
    public async Task Only_the_agreements_sharing_an_identity_key_or_an_id_and_a_name_key_are_candidates_and_keys_are_made_again_after_a_write_without_rules_at_the_next_start()
    {
        await using var services = Keyed();
        await SuiteDatabase.EmptyAsync(services, Token);
        var store = services.GetRequiredService<IArticleStore>();
        await store.InitializeAsync(Token);
        await store.SaveArticleAsync(Agreements("a1", "North border agreement", "South border agreement", "border agreement of the hills"), Token);

        var person = new Entity("person:alpha-person", NodeLabels.Person, "Alpha Person", []);
        var byName = await store.FindEntitiesByNameKeysAsync(IArticleBatch.LookupKeysOf([person, Agreement("North pact")]), Token);
        Assert.Equal(
            ["agreement:border-agreement-of-the-hills", "agreement:north-border-agreement", "agreement:south-border-agreement", "person:alpha-person"],
            byName.Select(e => e.Id));
        Assert.Equal(["agreement:north-border-agreement", "person:alpha-person"], (await store.FindCandidatesAsync([person, Agreement("North pact")], Token)).Select(e => e.Id));
        Assert.Equal(["agreement:border-agreement-of-the-hills"], (await store.FindCandidatesAsync([Agreement("border agreement of the hills")], Token)).Select(e => e.Id));
        Assert.Empty(await store.FindCandidatesAsync([new Entity("agreement:south-accord", NodeLabels.Agreement, "South accord", [])], Token));

        await using (var plain = SuiteDatabase.Services(server.Require()))
        {
            await plain.GetRequiredService<IArticleStore>().SaveArticleAsync(Agreements("a2", "West border agreement"), Token);
        }

        var client = services.GetRequiredService<QueryApiClient>();
        var written = await client.RunAsync(new Statement("MATCH (e:Entity {id: 'agreement:west-border-agreement'}) RETURN e.identityKeyText AS text"), Token);
        Assert.Null(written.Single("text"));

        await using var again = Keyed();
        var restarted = again.GetRequiredService<IArticleStore>();
        await restarted.InitializeAsync(Token);
        Assert.Equal(["agreement:west-border-agreement"], (await restarted.FindCandidatesAsync([Agreement("West pact")], Token)).Select(e => e.Id));
    }
}
