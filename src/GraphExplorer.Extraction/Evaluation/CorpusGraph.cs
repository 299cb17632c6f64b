using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Evaluation;

/// <summary>
/// Extracts a whole corpus in memory the way ingestion does: each article in the given order, its
/// entities resolved against those already known, the same fact from several articles merged into one
/// relationship with all its evidence. Pure; used by evaluation and tests (a store does the same for real).
/// </summary>
public static class CorpusGraph
{
    /// <summary>The merged graph of <paramref name="documents"/>; rejected articles are skipped and listed in <paramref name="rejected"/>.</summary>
    public static Subgraph Build(IReadOnlyList<SourceDocument> documents, IArticleExtractor extractor, IEntityResolver resolver, ICollection<string>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(resolver);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var articles = new List<ArticleInfo>();
        foreach (var document in documents)
        {
            ArticleGraph graph;
            try
            {
                graph = resolver.ResolveAgainst(extractor.Extract(document), [.. entities.Values]);
            }
            catch (ArticleRejectedException)
            {
                rejected?.Add(document.Id);
                continue;
            }

            var a = graph.Article;
            articles.Add(new ArticleInfo(a.Id, a.Title, a.Published, a.Publisher, a.Author, a.Source));
            foreach (var e in graph.Entities)
            {
                entities[e.Id] = entities.TryGetValue(e.Id, out var known)
                    ? known with { Aliases = [.. known.Aliases.Concat(e.AllNames).Where(n => n != known.Name).Distinct().Order(StringComparer.Ordinal)] }
                    : e;
            }

            foreach (var r in graph.Relationships)
            {
                relationships[r.Key] = relationships.TryGetValue(r.Key, out var existing)
                    ? existing with
                    {
                        Evidence = [.. existing.Evidence.Concat(r.Evidence).Distinct()],
                        Confidence = Math.Max(existing.Confidence, r.Confidence),
                        Date = existing.Date ?? r.Date,
                        PlaceId = existing.PlaceId ?? r.PlaceId,
                        Title = existing.Title ?? r.Title,
                        Allegation = existing.Allegation ?? r.Allegation,
                    }
                    : r;
            }
        }

        return new Subgraph([.. entities.Values], [.. relationships.Values], articles).Normalized();
    }
}
