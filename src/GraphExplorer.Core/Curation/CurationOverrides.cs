using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// Applies curations to one article's extracted graph: the one place where a curation takes effect, used by every
/// store the same way. Pure: the same graph and curations give the same result.
/// </summary>
public static class CurationOverrides
{
    /// <summary>The article graph with <paramref name="curations"/> applied in order (the ones in force only).</summary>
    public static ArticleGraph Apply(ArticleGraph graph, IEnumerable<CurationRecord> curations) =>
        curations.Where(c => c.Active).OrderBy(c => c.Id).Aggregate(graph, (current, record) => Apply(current, record.Curation));

    /// <summary>The article graph with one curation applied.</summary>
    public static ArticleGraph Apply(ArticleGraph graph, Curation curation)
    {
        if (!graph.Entities.Any(e => e.Id == curation.EntityId || e.Id == curation.OtherEntityId)
            && !(curation.Kind == CurationKind.RejectFact && graph.Relationships.Any(r => r.Canonical().Key == curation.FactKey)))
        {
            return graph;
        }

        return curation.Kind switch
        {
            CurationKind.Merge => Merge(graph, curation),
            CurationKind.SplitAlias => Split(graph, curation),
            CurationKind.RejectFact => graph with { Relationships = [.. graph.Relationships.Where(r => r.Canonical().Key != curation.FactKey)] },
            CurationKind.AddAlias => MapEntity(graph, curation.EntityId, e => e with { Aliases = WithAlias(e.Aliases, e.Name, curation.Alias!) }),
            CurationKind.Rename => MapEntity(graph, curation.EntityId, e => e with { Name = curation.Name!, Aliases = WithAlias(e.Aliases, curation.Name!, e.Name) }),
            _ => graph,
        };
    }

    private static ArticleGraph Merge(ArticleGraph graph, Curation curation)
    {
        var kept = curation.EntityId;
        var folded = curation.OtherEntityId!;
        if (graph.Entities.All(e => e.Id != folded))
        {
            return graph;
        }

        var names = graph.Entities.Where(e => e.Id == kept || e.Id == folded).SelectMany(e => e.AllNames);
        var merged = new Entity(kept, curation.Label, curation.Name!, WithAliases([], curation.Name!, names));
        var entities = new List<Entity>();
        foreach (var entity in graph.Entities)
        {
            if (entity.Id == kept || entity.Id == folded)
            {
                if (entities.All(e => e.Id != kept))
                {
                    entities.Add(merged);
                }
            }
            else
            {
                entities.Add(entity);
            }
        }

        return new ArticleGraph(graph.Article, entities, Combine(graph.Relationships.Select(r => Remap(r, folded, kept))));
    }

    private static ArticleGraph Split(ArticleGraph graph, Curation curation)
    {
        var alias = curation.Alias!;
        var aliasKey = NameKey.Normalize(alias);
        var source = graph.Entities.FirstOrDefault(e => e.Id == curation.EntityId);
        if (source is null || source.AllNames.All(n => NameKey.Normalize(n) != aliasKey))
        {
            return graph;
        }

        var newId = curation.OtherEntityId!;
        var remaining = source.AllNames.Where(n => NameKey.Normalize(n) != aliasKey).ToList();
        var split = new Entity(newId, source.Label, curation.Name ?? alias, []);
        var entities = new List<Entity>();
        foreach (var entity in graph.Entities)
        {
            if (entity.Id == source.Id)
            {
                if (remaining.Count > 0)
                {
                    entities.Add(entity with { Name = remaining[0], Aliases = WithAliases([], remaining[0], remaining.Skip(1)) });
                }

                entities.Add(split);
            }
            else if (entity.Id != newId)
            {
                entities.Add(entity);
            }
        }

        // The article called the entity only by the alias: all its facts go. Otherwise a fact goes when every sentence
        // stating it names the entity by the alias (the longest of its names found in the sentence is the alias).
        var relationships = graph.Relationships.Select(r =>
            (r.SourceId == source.Id || r.TargetId == source.Id || r.PlaceId == source.Id) && (remaining.Count == 0 || r.Evidence.All(e => NamedBy(e.Sentence, source.AllNames) is { } used && NameKey.Normalize(used) == aliasKey))
                ? Remap(r, source.Id, newId)
                : r);
        return new ArticleGraph(graph.Article, entities, Combine(relationships));
    }

    private static string? NamedBy(string sentence, IEnumerable<string> names) =>
        names.Where(n => n.Length > 0 && sentence.Contains(n, StringComparison.OrdinalIgnoreCase)).OrderByDescending(n => n.Length).FirstOrDefault();

    private static ArticleGraph MapEntity(ArticleGraph graph, string id, Func<Entity, Entity> change) =>
        graph with { Entities = [.. graph.Entities.Select(e => e.Id == id ? change(e) : e)] };

    private static Relationship Remap(Relationship relationship, string from, string to) => (relationship with
    {
        SourceId = relationship.SourceId == from ? to : relationship.SourceId,
        TargetId = relationship.TargetId == from ? to : relationship.TargetId,
        PlaceId = relationship.PlaceId == from ? to : relationship.PlaceId,
    }).Canonical();

    /// <summary>Drops facts that now join an entity to itself, and makes facts that now share a key one fact.</summary>
    private static List<Relationship> Combine(IEnumerable<Relationship> relationships) =>
        [.. relationships.Where(r => r.SourceId != r.TargetId).GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => g.Skip(1).Aggregate(g.First(), (a, b) => a.WithDateOf(b) with
        {
            Evidence = [.. a.Evidence.Concat(b.Evidence).Distinct().OrderBy(e => e.Start)],
            PlaceId = a.PlaceId ?? b.PlaceId,
            Title = a.Title ?? b.Title,
            Allegation = a.Allegation ?? b.Allegation,
            Confidence = Math.Max(a.Confidence, b.Confidence),
        }))];

    private static IReadOnlyList<string> WithAlias(IReadOnlyList<string> aliases, string name, string alias) => WithAliases(aliases, name, [alias]);

    private static IReadOnlyList<string> WithAliases(IEnumerable<string> aliases, string name, IEnumerable<string> more) =>
        [.. aliases.Concat(more).Where(a => a.Length > 0 && a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
