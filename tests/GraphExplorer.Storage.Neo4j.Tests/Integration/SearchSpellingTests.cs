using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using static GraphExplorer.Storage.Neo4j.Tests.Fakes.GraphBuilder;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// search finds another transliteration of a name word on Neo4j as the embedded store does, even when it is more
/// edits away than the full-text index's fuzzy match reaches (its consonant skeleton is asked for separately).
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class SearchSpellingTests(Neo4jServer server)
{
    [Theory]
    [InlineData("Kassem", "person:qasim-durrani")] // 3 edits from Qasim, the same skeleton (k s m)
    [InlineData("Hossain Durani", "person:hussein-durrani")] // the skeleton of each word: h s n, d r n
    [InlineData("Ubaydallah", "person:obeidullah-tarzi")] // a leading vowel, w/h/y between consonants
    public async Task Another_spelling_many_edits_away_is_found(string text, string expectedId)
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = SuiteDatabase.Services(server.Require());
        await SuiteDatabase.EmptyAsync(services, token);
        var store = services.GetRequiredService<IArticleStore>();
        await store.InitializeAsync(token);
        await store.SaveArticleAsync(Article("spellings", [Person("qasim-durrani"), Person("hussein-durrani"), Person("obeidullah-tarzi"), Person("karim-tarzi")]), token);

        var query = QueryCatalog.Default.Get("search");
        var result = await services.GetRequiredService<IQueryRunner>().RunAsync(query, query.Bind(new Dictionary<string, string?> { ["text"] = text }), token);

        var ids = result.Rows.Select(row => row[result.Columns.ToList().IndexOf("id")] as string).ToList();
        Assert.Equal(expectedId, ids.FirstOrDefault());
        Assert.DoesNotContain("person:karim-tarzi", ids);
    }
}
