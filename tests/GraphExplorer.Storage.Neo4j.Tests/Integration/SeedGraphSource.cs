using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// The seed graph the golden results were computed on (TestSupport's <see cref="SeedGraphFixture"/>), and the merged
/// graph it should make. A missing or unreadable fixture fails the suite with the reason; it never passes silently.
/// </summary>
internal static class SeedGraphSource
{
    public static IReadOnlyList<ArticleGraph> Load()
    {
        var path = SeedGraphFixture.FilePath;
        if (!File.Exists(path))
        {
            Assert.Fail($"The seed-graph fixture {path} is missing; the Neo4j suite needs it (and the golden files beside it) to compare with the embedded store.");
        }

        IReadOnlyList<ArticleGraph> graphs;
        try
        {
            graphs = SeedGraphFixture.Load();
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            Assert.Fail($"The seed-graph fixture {path} cannot be read: {exception.Message}");
            throw;
        }

        if (graphs.Count == 0 || graphs.Any(g => g.Article is null || g.Entities is null || g.Relationships is null))
        {
            Assert.Fail($"{path} holds no readable article graphs ({{article, entities, relationships}} expected).");
        }

        return graphs;
    }

    /// <summary>The merged graph the seeds should produce, computed here independently of the store's code.</summary>
    public static Subgraph Merge(IReadOnlyList<ArticleGraph> graphs)
    {
        var entities = graphs.SelectMany(g => g.Entities).GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.Last() with { Aliases = [.. g.SelectMany(e => e.Aliases).Where(a => a != g.Last().Name).Distinct().Order(StringComparer.Ordinal)] });
        var facts = graphs.SelectMany(g => g.Relationships.Select(r => (Article: g.Article.Id, Fact: r.Canonical())))
            .GroupBy(x => x.Fact.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var byArticle = g.OrderBy(x => x.Article, StringComparer.Ordinal).Select(x => x.Fact).ToList();
                var first = byArticle[0];
                return first with
                {
                    Evidence = [.. byArticle.SelectMany(f => f.Evidence).Distinct().OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Sentence, StringComparer.Ordinal)],
                    Date = byArticle.Select(f => f.Date).Where(d => d is not null).Min(),
                    PlaceId = byArticle.Select(f => f.PlaceId).FirstOrDefault(p => p is not null),
                    Title = byArticle.Select(f => f.Title).FirstOrDefault(t => t is not null),
                    Allegation = byArticle.Select(f => f.Allegation).FirstOrDefault(a => a is not null),
                    Confidence = byArticle.Max(f => f.Confidence),
                };
            });
        var articles = graphs.Select(g => new ArticleInfo(g.Article.Id, g.Article.Title, g.Article.Published, g.Article.Publisher, g.Article.Author, g.Article.Source));
        return new Subgraph([.. entities], [.. facts], [.. articles]).Normalized();
    }
}
