using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.Contracts;

/// <summary>A subgraph as the service writes it: nodes, relationships with their evidence, cited articles.</summary>
internal sealed record GraphResponse(IReadOnlyList<NodeResponse> Nodes, IReadOnlyList<RelationshipResponse> Relationships, IReadOnlyList<ArticleResponse> Articles)
{
    public static GraphResponse From(Subgraph graph) => new(
        [.. graph.Nodes.Select(NodeResponse.From)],
        [.. graph.Relationships.Select(RelationshipResponse.From)],
        [.. graph.Articles.Select(ArticleResponse.From)]);
}

/// <summary>An entity node.</summary>
internal sealed record NodeResponse(string Id, string Label, string Name, IReadOnlyList<string> Aliases)
{
    public static NodeResponse From(Entity entity) => new(entity.Id, entity.Label, entity.Name, entity.Aliases);
}

/// <summary>A typed edge with its attributes and every sentence that states it.</summary>
internal sealed record RelationshipResponse(
    string Key,
    string Type,
    string Source,
    string Target,
    DateOnly? Date,
    string? DateKind,
    string? PlaceId,
    string? Title,
    string? Allegation,
    double Confidence,
    IReadOnlyList<EvidenceResponse> Evidence)
{
    public static RelationshipResponse From(Relationship relationship) => new(
        relationship.Key,
        relationship.Type,
        relationship.SourceId,
        relationship.TargetId,
        relationship.Date,
        relationship.Date is null ? null : relationship.DateKind.Name(),
        relationship.PlaceId,
        relationship.Title,
        relationship.Allegation,
        relationship.Confidence,
        [.. relationship.Evidence.Select(e => new EvidenceResponse(e.ArticleId, e.Sentence, e.Start, e.End))]);
}

/// <summary>One sentence of evidence and where it stands in its article.</summary>
internal sealed record EvidenceResponse(string ArticleId, string Sentence, int Start, int End);

/// <summary>Article metadata, for citations.</summary>
internal sealed record ArticleResponse(string Id, string Title, DateOnly? Published, string? Publisher, string? Author, string? Source)
{
    public static ArticleResponse From(ArticleInfo article) =>
        new(article.Id, article.Title, article.Published, article.Publisher, article.Author, article.Source);
}
