using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>Refuses an article graph the store could not write faithfully, naming the element and the reason.</summary>
internal static class ArticleGraphValidator
{
    public static void Validate(ArticleGraph graph)
    {
        var articleId = graph.Article.Id;
        if (string.IsNullOrWhiteSpace(articleId))
        {
            throw new ArgumentException("The article has an empty id.", nameof(graph));
        }

        if (graph.Article.Source is { } source && ArticleSources.IsServerPath(source))
        {
            throw new ArgumentException($"Article '{articleId}': its source '{source}' is a server path; a source is relative to the folder that was ingested.", nameof(graph));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (string.IsNullOrWhiteSpace(entity.Id))
            {
                throw new ArgumentException($"Article '{articleId}': an entity named '{entity.Name}' has an empty id.", nameof(graph));
            }

            if (!NodeLabels.IsKnown(entity.Label))
            {
                throw new ArgumentException($"Article '{articleId}': entity '{entity.Id}' has label '{entity.Label}', which is not one of {string.Join(", ", NodeLabels.All)}.", nameof(graph));
            }

            ids.Add(entity.Id);
        }

        foreach (var relationship in graph.Relationships)
        {
            if (!EdgeTypes.TryGet(relationship.Type, out var type) || type.Name != relationship.Type)
            {
                throw new ArgumentException($"Article '{articleId}': relationship type '{relationship.Type}' is not one of {string.Join(", ", EdgeTypes.All)}.", nameof(graph));
            }

            foreach (var end in new[] { relationship.SourceId, relationship.TargetId })
            {
                if (!ids.Contains(end))
                {
                    throw new ArgumentException($"Article '{articleId}': relationship {relationship.Key} joins '{end}', which is not among the article's entities.", nameof(graph));
                }
            }

            if (relationship.Evidence.FirstOrDefault(e => e.ArticleId != articleId) is { } foreign)
            {
                throw new ArgumentException($"Article '{articleId}': relationship {relationship.Key} cites article '{foreign.ArticleId}'; an article's evidence must point into that article.", nameof(graph));
            }
        }
    }
}
