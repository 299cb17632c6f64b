using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
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

/// <summary>A stored fact the article touches: its stored aggregate, and what this article said about it before (if anything).</summary>
internal sealed record TouchedFact(string Key, string Type, string SourceId, string TargetId, FactAggregate Stored, FactContribution? Previous)
{
    /// <summary>The other articles' contributions, when they were read (<see cref="NeedsOthers"/>); null otherwise.</summary>
    public IReadOnlyList<FactContribution>? Others { get; init; }

    /// <summary>
    /// Whether the aggregate without this article's previous contribution needs the other articles' contributions:
    /// only when that contribution decided a value (<see cref="FactAggregate.DependsOn"/>) and others state the fact too.
    /// </summary>
    public bool NeedsOthers => Others is null && Previous is not null && Stored.Assertions > 1 && Stored.DependsOn(Previous);

    /// <summary>The aggregate over the other articles, from the stored one alone when <see cref="NeedsOthers"/> is false.</summary>
    public FactAggregate WithoutThisArticle() => this switch
    {
        { Others: { } others } => FactAggregate.Of(others),
        { Previous: null } => Stored,
        { Stored.Assertions: <= 1 } => FactAggregate.None,
        _ when !Stored.DependsOn(Previous!) => Stored with { Assertions = Stored.Assertions - 1 },
        _ => throw new InvalidOperationException($"Fact {Key}: the other articles' contributions are needed to take this article's out, and were not read."),
    };
}

/// <summary>A fact to write: its new aggregate, whether its relationship exists already, and this article's contribution (null when it no longer states it).</summary>
internal sealed record FactWrite(string Key, string Type, string SourceId, string TargetId, FactAggregate Aggregate, bool Exists, FactContribution? Contribution);

/// <summary>The property values written for one entity.</summary>
internal sealed record EntityWrite(string Id, string Label, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The identity keys of an entity of a label that has them, when it has none (null: not made, by a store without their rules).</summary>
    public const string NoKeys = ",";

    /// <summary>The node's properties.</summary>
    /// <param name="identityKeys">The rules of the identity keys (<c>identityKeyText</c>, as <c>nameKeyText</c>, <see cref="NoKeys"/> when there is none); without rules, null.</param>
    public IReadOnlyDictionary<string, object?> ToRow(IEntityIdentityKeys? identityKeys = null)
    {
        var nameKeys = Aliases.Prepend(Name).SelectMany(n => NameKey.LookupKeys(n, Label)).Where(k => k.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var identity = identityKeys is null || !identityKeys.HasKeys(Label) ? null
            : KeyText(identityKeys.KeysOfEntity(Label, Aliases.Prepend(Name))) ?? NoKeys;
        return new Dictionary<string, object?>
        {
            ["id"] = Id,
            ["name"] = Name,
            ["aliases"] = Aliases,
            ["aliasText"] = string.Join(" | ", Aliases),
            ["nameKeys"] = nameKeys,
            ["nameKeyText"] = KeyText(nameKeys),
            ["identityKeyText"] = identity,
        };
    }

    /// <summary>
    /// The name keys as one string, each key between commas (<c>,iran,islamic republic of iran,</c>; null when there is
    /// none), for the text index <c>entity_name_keys</c>: Neo4j 5 indexes cannot serve <c>$key IN e.nameKeys</c> (a list
    /// property is read node by node), while <c>e.nameKeyText CONTAINS ',' + $key + ','</c> is a seek in the trigram
    /// index. <see cref="NameKey.Normalize"/> turns every comma into a space, so no key holds one and the commas match
    /// whole keys only.
    /// </summary>
    public static string? KeyText(IReadOnlyList<string> nameKeys) => nameKeys.Count == 0 ? null : "," + string.Join(",", nameKeys) + ",";
}

/// <summary>
/// The writes that replace one article's contribution, computed from the article graph and what the store
/// holds: entities (name, aliases united over the articles that mention them), mentions, facts with their aggregates
/// updated by this article's contribution alone (<see cref="FactAggregate"/>), facts left without evidence, and entities no
/// article mentions any more.
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

    /// <summary>Facts to write: their new aggregates and this article's contributions.</summary>
    public IReadOnlyList<FactWrite> Facts { get; private init; } = [];

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

    private static (List<FactWrite> Facts, List<TouchedFact> Deleted) ReaggregateFacts(
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

        var facts = new List<FactWrite>();
        var deleted = new List<TouchedFact>();
        var stored = touchedFacts.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var key in stored.Keys.Union(incomingByKey.Keys).Order(StringComparer.Ordinal))
        {
            // the other articles' aggregate, then this article's new contribution folded in: no other article's evidence is read or written
            var old = stored.GetValueOrDefault(key);
            var others = old?.WithoutThisArticle() ?? FactAggregate.None;
            var fresh = incomingByKey.TryGetValue(key, out var found) ? found.Contribution : null;
            var aggregate = fresh is null ? others : others.Add(fresh);
            var (type, source, target) = old is not null ? (old.Type, old.SourceId, old.TargetId) : (found.Fact.Type, found.Fact.SourceId, found.Fact.TargetId);
            if (aggregate.Assertions == 0)
            {
                deleted.Add(old!);
            }
            else
            {
                facts.Add(new FactWrite(key, type, source, target, aggregate, old is not null, fresh));
            }
        }

        return (facts, deleted);
    }
}
