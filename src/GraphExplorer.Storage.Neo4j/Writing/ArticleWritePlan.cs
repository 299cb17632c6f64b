using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>What the store knows, inside the write transaction, about an entity the article touches.</summary>
/// <param name="Id">The entity id.</param>
/// <param name="Name">Its stored name.</param>
/// <param name="OtherAliases">The aliases other articles recorded on their MENTIONS of it.</param>
/// <param name="OtherMentions">How many other articles mention it.</param>
internal sealed record TouchedEntity(string Id, string Name, IReadOnlyList<string> OtherAliases, long OtherMentions)
{
    /// <summary>The names other articles gave it on their MENTIONS (the stored name is chosen from them and the incoming one).</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Its type label (Person, Organization…), empty for a node created by this save; name keys depend on it.</summary>
    public string Label { get; init; } = "";
}

/// <summary>A stored fact the article touches, with every article's contribution.</summary>
internal sealed record TouchedFact(string Key, string Type, string SourceId, string TargetId, IReadOnlyList<FactContribution> Contributions);

/// <summary>The property values written for one entity.</summary>
internal sealed record EntityWrite(string Id, string Label, string Name, IReadOnlyList<string> Aliases)
{
    public IReadOnlyDictionary<string, object?> ToRow() => new Dictionary<string, object?>
    {
        ["id"] = Id,
        ["name"] = Name,
        ["aliases"] = Aliases,
        ["aliasText"] = string.Join(" | ", Aliases),
        ["nameKeys"] = Aliases.Prepend(Name).SelectMany(n => NameKey.LookupKeys(n, Label)).Where(k => k.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList(),
    };
}

/// <summary>
/// The writes that replace one article's contribution, computed from the article graph and what the store
/// holds: entities (name, aliases united over the articles that mention them), mentions, facts re-aggregated
/// from their contributions, facts left without evidence, and entities no article mentions any more.
/// </summary>
internal sealed class ArticleWritePlan
{
    private ArticleWritePlan()
    {
    }

    /// <summary>Entities of the article, with their aggregated aliases.</summary>
    public IReadOnlyList<EntityWrite> Entities { get; private init; } = [];

    /// <summary>Entities the article no longer mentions but others still do: their aliases recomputed without it.</summary>
    public IReadOnlyList<EntityWrite> Refreshed { get; private init; } = [];

    /// <summary>Ids of entities the article mentioned before and nobody mentions now.</summary>
    public IReadOnlyList<string> Orphans { get; private init; } = [];

    /// <summary>This article's MENTIONS: entity id, the name and aliases it used.</summary>
    public IReadOnlyList<Entity> Mentions { get; private init; } = [];

    /// <summary>Facts to write, fully aggregated, each with its contributions.</summary>
    public IReadOnlyList<(Relationship Fact, IReadOnlyList<FactContribution> Contributions)> Facts { get; private init; } = [];

    /// <summary>Facts left without any evidence: to delete.</summary>
    public IReadOnlyList<TouchedFact> Deleted { get; private init; } = [];

    public static ArticleWritePlan Create(ArticleGraph graph, IReadOnlyList<TouchedEntity> touchedEntities, IReadOnlyList<string> previouslyMentioned, IReadOnlyList<TouchedFact> touchedFacts)
    {
        var articleId = graph.Article.Id;
        var mentions = graph.Entities.GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.First() with { Aliases = [.. g.SelectMany(e => e.Aliases).Distinct().Order(StringComparer.Ordinal)] })
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var touched = touchedEntities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        // the name shown is chosen from every article's name for the entity, so it does not depend on the order articles came in
        var entities = mentions.Select(e => Write(e.Id, e.Label, NameKey.ChooseName((touched.GetValueOrDefault(e.Id)?.OtherNames ?? []).Append(e.Name)),
            e.Aliases.Append(e.Name).Concat(touched.GetValueOrDefault(e.Id)?.OtherAliases ?? []).Concat(touched.GetValueOrDefault(e.Id)?.OtherNames ?? []))).ToList();

        var mentionedNow = mentions.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var refreshed = new List<EntityWrite>();
        var orphans = new List<string>();
        foreach (var id in previouslyMentioned.Where(id => !mentionedNow.Contains(id)).Distinct().Order(StringComparer.Ordinal))
        {
            if (touched.GetValueOrDefault(id) is { OtherMentions: > 0 } other)
            {
                refreshed.Add(Write(id, other.Label, other.OtherNames.Count > 0 ? NameKey.ChooseName(other.OtherNames) : other.Name, other.OtherAliases.Concat(other.OtherNames)));
            }
            else
            {
                orphans.Add(id);
            }
        }

        var (facts, deleted) = ReaggregateFacts(articleId, graph.Relationships, touchedFacts);
        return new ArticleWritePlan { Entities = entities, Refreshed = refreshed, Orphans = orphans, Mentions = mentions, Facts = facts, Deleted = deleted };
    }

    private static EntityWrite Write(string id, string label, string name, IEnumerable<string> aliases) =>
        new(id, label, name, [.. aliases.Where(a => a.Length > 0 && a != name).Distinct().Order(StringComparer.Ordinal)]);

    private static (List<(Relationship, IReadOnlyList<FactContribution>)> Facts, List<TouchedFact> Deleted) ReaggregateFacts(
        string articleId, IReadOnlyList<Relationship> incoming, IReadOnlyList<TouchedFact> touchedFacts)
    {
        var incomingByKey = new Dictionary<string, (Relationship Fact, FactContribution Contribution)>(StringComparer.Ordinal);
        foreach (var relationship in incoming.Select(r => r.Canonical()))
        {
            var contribution = FactContribution.From(articleId, relationship);
            incomingByKey[relationship.Key] = incomingByKey.TryGetValue(relationship.Key, out var seen)
                ? (seen.Fact, seen.Contribution.Merge(contribution))
                : (relationship, contribution);
        }

        var facts = new List<(Relationship, IReadOnlyList<FactContribution>)>();
        var deleted = new List<TouchedFact>();
        var stored = touchedFacts.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var key in stored.Keys.Union(incomingByKey.Keys).Order(StringComparer.Ordinal))
        {
            var contributions = stored.TryGetValue(key, out var old)
                ? old.Contributions.Where(c => c.ArticleId != articleId).ToList()
                : [];
            if (incomingByKey.TryGetValue(key, out var fresh))
            {
                contributions.Add(fresh.Contribution);
            }

            var (type, source, target) = fresh.Fact is { } f ? (f.Type, f.SourceId, f.TargetId) : (old!.Type, old.SourceId, old.TargetId);
            if (contributions.Count == 0)
            {
                deleted.Add(old!);
            }
            else
            {
                facts.Add((FactAggregate.Aggregate(type, source, target, contributions), contributions));
            }
        }

        return (facts, deleted);
    }
}
