using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Resolution;

namespace GraphExplorer.Extraction;

/// <summary>
/// Maps an article's entities onto entities already known from other articles: same label and a shared
/// normalized name or alias (agreements need a specific alias of three words or more, borders the same
/// sides), or for persons an unambiguous surname match with compatible names ("Mohammed al-Sudani" →
/// "Mohammed Shia al-Sudani"). Matched entities keep the known id and name and gain the new aliases;
/// relationship endpoints are rewritten. Pure and deterministic.
/// </summary>
public sealed class KnownEntityResolver : IEntityResolver
{
    /// <inheritdoc />
    public ArticleGraph ResolveAgainst(ArticleGraph graph, IReadOnlyList<Entity> known)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(known);
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var entity in known.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            byId.TryAdd(entity.Id, entity);
            foreach (var name in Keys(entity))
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    list = [];
                    byName[name] = list;
                }

                if (!list.Contains(entity))
                {
                    list.Add(entity);
                }
            }
        }

        var mapping = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            var match = byId.GetValueOrDefault(entity.Id) ?? ByName(entity, byName) ?? BySurname(entity, known);
            if (match is not null)
            {
                mapping[entity.Id] = match;
            }
        }

        var entities = graph.Entities
            .Select(e => mapping.TryGetValue(e.Id, out var k) ? Merge(k, e) : e)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.Aggregate(Merge))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var relationships = graph.Relationships
            .Select(r => (r with
            {
                SourceId = mapping.TryGetValue(r.SourceId, out var s) ? s.Id : r.SourceId,
                TargetId = mapping.TryGetValue(r.TargetId, out var t) ? t.Id : r.TargetId,
                PlaceId = r.PlaceId is not null && mapping.TryGetValue(r.PlaceId, out var p) ? p.Id : r.PlaceId,
            }).Canonical())
            .Where(r => r.SourceId != r.TargetId)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => g.Aggregate((a, b) => a with { Evidence = [.. a.Evidence.Concat(b.Evidence).Distinct()], Confidence = Math.Max(a.Confidence, b.Confidence) }))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return graph with { Entities = entities, Relationships = relationships };
    }

    private static Entity? ByName(Entity entity, Dictionary<string, List<Entity>> byName)
    {
        if (entity.Label == NodeLabels.Border)
        {
            return null; // a border is its two sides: same sides, same id
        }

        var votes = new Dictionary<Entity, int>();
        foreach (var name in Keys(entity))
        {
            foreach (var candidate in byName.GetValueOrDefault(name) ?? [])
            {
                votes[candidate] = votes.GetValueOrDefault(candidate) + 1;
            }
        }

        return votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Id, StringComparer.Ordinal).Select(v => v.Key).FirstOrDefault();
    }

    private static Entity? BySurname(Entity entity, IReadOnlyList<Entity> known)
    {
        if (entity.Label != NodeLabels.Person)
        {
            return null;
        }

        var words = PersonResolver.Words(entity.Name);
        var candidates = known.Where(k => k.Label == NodeLabels.Person && k.AllNames.Any(n => Compatible(words, PersonResolver.Words(n))))
            .DistinctBy(k => k.Id).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Same surname, and the shorter name's words appear in the longer one in order.</summary>
    private static bool Compatible(List<string> a, List<string> b)
    {
        if (a.Count == 0 || b.Count == 0 || a[^1] != b[^1])
        {
            return false;
        }

        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        var j = 0;
        foreach (var word in shorter)
        {
            while (j < longer.Count && longer[j] != word)
            {
                j++;
            }

            if (j++ >= longer.Count)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comparison keys of an entity: label plus each normalized name; agreements only by specific names.</summary>
    private static IEnumerable<string> Keys(Entity entity) =>
        entity.AllNames.Select(NameKey.Normalize)
            .Where(n => n.Length > 0 && (entity.Label != NodeLabels.Agreement || n.Split(' ').Length >= 3))
            .Distinct()
            .Select(n => entity.Label + "|" + n);

    private static Entity Merge(Entity kept, Entity other)
    {
        var aliases = kept.Aliases.Concat(other.AllNames).Where(n => n != kept.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return kept with { Aliases = aliases };
    }
}
