using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Evaluation;

/// <summary>
/// Extracts a whole corpus in memory the way ingestion does: each article in the given order, its
/// entities resolved against those already known (each entity shown under <see cref="NameKey.ChooseName"/> of its articles' names), the same fact from several articles merged into one
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
        var namesById = new Dictionary<string, List<string>>(StringComparer.Ordinal);
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
                if (!namesById.TryGetValue(e.Id, out var names))
                {
                    names = [];
                    namesById[e.Id] = names;
                }

                names.Add(e.Name);
                var all = (entities.TryGetValue(e.Id, out var known) ? known.AllNames : []).Concat(e.AllNames).ToList();
                var name = NameKey.ChooseName(names);
                entities[e.Id] = e with { Name = name, Aliases = [.. all.Where(n => n != name).Distinct().Order(StringComparer.Ordinal)] };
            }

            foreach (var r in graph.Relationships)
            {
                relationships[r.Key] = relationships.TryGetValue(r.Key, out var existing)
                    ? existing.WithDateOf(r) with
                    {
                        Evidence = [.. existing.Evidence.Concat(r.Evidence).Distinct()],
                        Confidence = Math.Max(existing.Confidence, r.Confidence),
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
