using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// Checks an <see cref="ArticleGraph"/> before anything is written, so a bad graph is refused whole
/// with an <see cref="ArgumentException"/> naming the article and the reason.
/// </summary>
internal static class ArticleGraphValidator
{
    public static void Validate(ArticleGraph graph)
    {
        var article = graph.Article;
        if (string.IsNullOrWhiteSpace(article.Id))
        {
            throw new ArgumentException("An article must have an id (its file name stem).", nameof(graph));
        }

        if (string.IsNullOrWhiteSpace(article.ContentHash))
        {
            Fail(article, "it has no content hash");
        }

        if (article.Source is { } source && ArticleSources.IsServerPath(source))
        {
            Fail(article, $"its source '{source}' is a server path; a source is relative to the folder that was ingested");
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
            {
                Fail(article, $"an entity has an empty id or name ('{entity.Id}', '{entity.Name}')");
            }

            if (!NodeLabels.IsKnown(entity.Label))
            {
                Fail(article, $"entity '{entity.Id}' has unknown label '{entity.Label}' (known: {string.Join(", ", NodeLabels.All)})");
            }

            if (entities.TryGetValue(entity.Id, out var previous) && previous.Label != entity.Label)
            {
                Fail(article, $"entity '{entity.Id}' is listed twice with labels '{previous.Label}' and '{entity.Label}'");
            }

            entities[entity.Id] = entity;
        }

        foreach (var relationship in graph.Relationships)
        {
            ValidateRelationship(article, relationship, entities);
        }
    }

    private static void ValidateRelationship(Article article, Relationship relationship, Dictionary<string, Entity> entities)
    {
        if (!EdgeTypes.TryGet(relationship.Type, out _))
        {
            Fail(article, $"relationship '{relationship.Key}' has unknown type '{relationship.Type}'");
        }

        foreach (var endpoint in new[] { relationship.SourceId, relationship.TargetId })
        {
            if (!entities.ContainsKey(endpoint))
            {
                Fail(article, $"relationship '{relationship.Key}' refers to entity '{endpoint}', which the article's entity list does not contain");
            }
        }

        if (string.Equals(relationship.SourceId, relationship.TargetId, StringComparison.Ordinal))
        {
            Fail(article, $"relationship '{relationship.Key}' joins an entity to itself");
        }

        if (relationship.PlaceId is { } placeId && !entities.ContainsKey(placeId))
        {
            Fail(article, $"relationship '{relationship.Key}' has place '{placeId}', which the article's entity list does not contain");
        }

        if (!double.IsFinite(relationship.Confidence) || relationship.Confidence is < 0 or > 1)
        {
            Fail(article, $"relationship '{relationship.Key}' has confidence {relationship.Confidence}, outside 0..1");
        }

        if (relationship.Evidence.Count == 0)
        {
            Fail(article, $"relationship '{relationship.Key}' has no evidence");
        }

        foreach (var evidence in relationship.Evidence)
        {
            ValidateEvidence(article, relationship, evidence);
        }
    }

    private static void ValidateEvidence(Article article, Relationship relationship, Evidence evidence)
    {
        if (evidence.ArticleId != article.Id)
        {
            Fail(article, $"evidence of '{relationship.Key}' points to article '{evidence.ArticleId}'; an article may only cite itself");
        }

        if (evidence.Start < 0 || evidence.End <= evidence.Start || evidence.End > article.Text.Length)
        {
            Fail(article, $"evidence of '{relationship.Key}' has offsets {evidence.Start}..{evidence.End}, outside the article text (length {article.Text.Length})");
        }

        if (!article.Text.AsSpan(evidence.Start, evidence.End - evidence.Start).SequenceEqual(evidence.Sentence))
        {
            Fail(article, $"evidence sentence of '{relationship.Key}' is not the article text at {evidence.Start}..{evidence.End}");
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(Article article, string reason) =>
        throw new ArgumentException($"Article '{article.Id}' cannot be stored: {reason}.");
}
