using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>
/// Folds the contributions of several articles into one stored fact (GRAPH-SHAPE.md): evidence ordered by
/// article id then offsets; date = the earliest stated one, else the earliest reporting date, with its kind; placeId, title, allegation = from the first article (by id)
/// that states one; confidence = the highest.
/// </summary>
internal static class FactAggregate
{
    public static Relationship Aggregate(string type, string sourceId, string targetId, IReadOnlyList<FactContribution> contributions)
    {
        var ordered = contributions.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ToList();
        var evidence = ordered.SelectMany(c => c.Evidence)
            .Distinct()
            .OrderBy(e => e.ArticleId, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .ThenBy(e => e.End)
            .ThenBy(e => e.Sentence, StringComparer.Ordinal)
            .ToList();
        var (date, kind) = ordered.Aggregate(((DateOnly?)null, DateKind.Stated), (best, c) => DateKinds.Prefers((c.Date, c.DateKind), best) ? (c.Date, c.DateKind) : best);
        return new Relationship(type, sourceId, targetId, evidence)
        {
            Date = date,
            DateKind = kind,
            PlaceId = ordered.Select(c => c.PlaceId).FirstOrDefault(p => p is not null),
            Title = ordered.Select(c => c.Title).FirstOrDefault(t => t is not null),
            Allegation = ordered.Select(c => c.Allegation).FirstOrDefault(a => a is not null),
            Confidence = ordered.Count == 0 ? 0 : ordered.Max(c => c.Confidence),
        };
    }
}
