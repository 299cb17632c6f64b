namespace GraphExplorer.Api.Contracts;

/// <summary>One entity with the relationships that touch it, the entities at their other ends, and the cited articles.</summary>
internal sealed record EntityResponse(
    NodeResponse Entity,
    IReadOnlyList<RelationshipResponse> Relationships,
    IReadOnlyList<NodeResponse> Neighbours,
    IReadOnlyList<ArticleResponse> Articles);
