using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.TestSupport;

/// <summary>Builds small <see cref="ArticleGraph"/>s for tests; evidence offsets are found in the text.</summary>
public sealed class ArticleGraphBuilder(string articleId, string text)
{
    private readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
    private readonly List<Relationship> relationships = [];

    public string Text => text;

    /// <summary>Adds an entity (id from label and name) and returns its id.</summary>
    public string Entity(string label, string name, params string[] aliases)
    {
        var id = NameKey.EntityId(label, name);
        entities[id] = new Entity(id, label, name, [.. aliases.Order(StringComparer.Ordinal)]);
        return id;
    }

    /// <summary>Adds a fact whose evidence is <paramref name="sentence"/>, which must occur in the text.</summary>
    public ArticleGraphBuilder Fact(string type, string sourceId, string targetId, string sentence, Func<Relationship, Relationship>? configure = null)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{sentence}' is not in the text of {articleId}.", nameof(sentence));
        }

        var relationship = new Relationship(type, sourceId, targetId, [new Evidence(articleId, sentence, start, start + sentence.Length)]);
        relationships.Add(configure?.Invoke(relationship) ?? relationship);
        return this;
    }

    public ArticleGraph Build(string? title = null, DateOnly? published = null) =>
        new(new Article(articleId, title ?? articleId, text, Hash(text)) { Published = published }, [.. entities.Values], [.. relationships]);

    private static string Hash(string value) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));
}
