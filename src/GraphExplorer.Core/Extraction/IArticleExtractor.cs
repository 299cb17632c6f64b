using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Extraction;

/// <summary>
/// Turns one article into typed, resolved, evidenced facts. Pure: no I/O, no clock, no randomness;
/// the same document always gives the same graph. Throws <see cref="ArticleRejectedException"/> when
/// the content is not an article (empty after cleaning, not text).
/// </summary>
public interface IArticleExtractor
{
    ArticleGraph Extract(SourceDocument document);
}

/// <summary>
/// Maps an article's entities onto entities already known from other articles, so the same person,
/// agreement or border across articles is one node with all its aliases. Pure.
/// </summary>
public interface IEntityResolver
{
    /// <summary>Returns the graph with entity ids (and relationship endpoints) rewritten to known entities where they match.</summary>
    ArticleGraph ResolveAgainst(ArticleGraph graph, IReadOnlyList<Entity> known);
}

/// <summary>The content cannot be read as an article; the message says why.</summary>
public sealed class ArticleRejectedException : Exception
{
    public ArticleRejectedException(string message)
        : base(message)
    {
    }

    public ArticleRejectedException()
        : base("The content is not an article.")
    {
    }

    public ArticleRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
