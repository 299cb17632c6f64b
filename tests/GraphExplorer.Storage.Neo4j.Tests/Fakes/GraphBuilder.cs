using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>Small article graphs for tests, with invented names.</summary>
internal static class GraphBuilder
{
    public static Entity Person(string slug, params string[] aliases) => new($"person:{slug}", NodeLabels.Person, Title(slug), aliases);

    public static Entity Country(string slug, params string[] aliases) => new($"country:{slug}", NodeLabels.Country, Title(slug), aliases);

    public static Relationship Fact(EdgeType type, Entity source, Entity target, string articleId, params (int Start, string Sentence)[] evidence) =>
        new(type.Name, source.Id, target.Id, [.. evidence.Select(e => new Evidence(articleId, e.Sentence, e.Start, e.Start + e.Sentence.Length))]);

    public static ArticleGraph Article(string id, IReadOnlyList<Entity> entities, params Relationship[] relationships) =>
        new(new Article(id, "Title of " + id, "text", "hash-" + id) { Published = new DateOnly(2024, 5, 1), Source = $"inbox/{id}.txt" }, entities, relationships);

    private static string Title(string slug) => string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
