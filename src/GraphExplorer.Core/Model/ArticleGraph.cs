namespace GraphExplorer.Core.Model;

/// <summary>What extraction made of one article: the entities it mentions and the facts it states.</summary>
/// <param name="Article">The article itself.</param>
/// <param name="Entities">Every entity mentioned, with the aliases seen in this article.</param>
/// <param name="Relationships">Facts stated by this article; evidence points into this article only.</param>
public sealed record ArticleGraph(Article Article, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);
