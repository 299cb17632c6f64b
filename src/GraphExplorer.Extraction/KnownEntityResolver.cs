using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Resolution;

namespace GraphExplorer.Extraction;

/// <summary>
/// Maps an article's entities onto entities already known from other articles: same label and a shared
/// normalized name or alias (agreements need a specific alias of three words or more, borders the same
/// sides). Persons are matched by their full names, never by a bare surname: spellings of one name
/// (Fuad/Fouad Hussein, Qasim/Qassem al-Araji, Amir-Abdollahian/Amirabdollahian) and a shorter form of a
/// fuller name ("Tayyip Erdogan" → "Recep Tayyip Erdogan") match when exactly one known person fits every
/// full name it has been called; agreements match by parties, subject and year (<see cref="AgreementIdentity"/>); a person named only by a surname matches only a person known by that
/// surname alone. A matched entity takes the known id and keeps its own name and aliases (the store
/// chooses the name shown from every article's, <see cref="NameKey.ChooseName"/>); relationship endpoints
/// are rewritten. Pure and deterministic.
/// </summary>
public sealed class KnownEntityResolver : IEntityResolver
{
    /// <summary>
    /// The identity of each known agreement, kept while the entity object lives: a store that hands out the same known
    /// entities for article after article (one writer's cache) has each read once, not once per article.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Entity, AgreementIdentity> KnownIdentities = new();

    /// <summary>
    /// The same by id, for the entity read again as a new object with the same names (a new batch of the writer, or an
    /// agreement the last article touched): reading an identity costs far more than comparing the names it was read from.
    /// Bounded: emptied when it holds <see cref="MaxIdentitiesById"/>.
    /// </summary>
    private static readonly Dictionary<string, (string Name, IReadOnlyList<string> Aliases, AgreementIdentity Identity)> IdentitiesById = new(StringComparer.Ordinal);

    private const int MaxIdentitiesById = 20_000;

    /// <summary>
    /// What resolution reads of a known entity's names (its comparison keys, full names and normalized names), made once
    /// per entity object: a writer hands out the same known entities article after article (its memory of the store), and
    /// making them again for every article was most of resolution. Entities are immutable, so the object fixes them.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Entity, KnownNames> NamesOfKnown = new();

    /// <summary>
    /// Whether two full names can be one person (<see cref="PersonNames.OnePerson"/>, first names matching), by pair: a pure
    /// function of the two names, asked again for every article that names the same people. Bounded: emptied when it holds
    /// <see cref="MaxPersonPairs"/>.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), bool> OnePersonByPair = new();

    private const int MaxPersonPairs = 200_000;

    /// <summary>An entity's names as resolution compares them (<see cref="Keys"/>, <see cref="FullNames"/>, each name normalized).</summary>
    private sealed record KnownNames(string[] Keys, List<string> FullNames, HashSet<string> Normalized);

    /// <inheritdoc />
    public ArticleGraph ResolveAgainst(ArticleGraph graph, IReadOnlyList<Entity> known)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(known);
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        var agreements = new Dictionary<string, (Entity Entity, AgreementIdentity Identity)>(StringComparer.Ordinal);
        foreach (var entity in known.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            byId.TryAdd(entity.Id, entity);
            if (entity.Label is NodeLabels.Person or NodeLabels.Agreement)
            {
                // matched by ByPersonName and ByAgreement; their keys (label first) could only ever match their own label
                continue;
            }

            foreach (var name in NamesOf(entity).Keys)
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
        List<Entity>? persons = null;
        foreach (var entity in graph.Entities)
        {
            var match = byId.GetValueOrDefault(entity.Id) ?? entity.Label switch
            {
                NodeLabels.Person => ByPersonName(entity, persons ??= [.. known.Where(k => k.Label == NodeLabels.Person).DistinctBy(k => k.Id)]),
                NodeLabels.Agreement => ByAgreement(entity, known, agreements),
                _ => ByName(entity, byName),
            };
            if (match is not null)
            {
                mapping[entity.Id] = match;
            }
        }

        var entities = graph.Entities
            .Select(e => mapping.TryGetValue(e.Id, out var k) ? e with { Id = k.Id } : e)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.Name, StringComparer.Ordinal).Aggregate(Merge))
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

    /// <summary>
    /// The one known person every full name of <paramref name="entity"/> can be, and who can be every full name the
    /// known person has been called (one spelling or a shorter form). A name of one word (a bare surname) matches only
    /// a person known by that one word, never a full name, since relatives and namesakes share surnames.
    /// </summary>
    /// <remarks><paramref name="persons"/>: the known persons, once each (by id).</remarks>
    private static Entity? ByPersonName(Entity entity, List<Entity> persons)
    {
        var full = FullNames(entity);
        if (full.Count == 0)
        {
            var bare = entity.AllNames.Select(NameKey.Normalize).ToHashSet(StringComparer.Ordinal);
            var same = persons.Where(k => NamesOf(k) is { FullNames.Count: 0 } names && names.Normalized.Overlaps(bare)).ToList();
            return same.Count == 1 ? same[0] : null;
        }

        var fits = persons.Where(k => NamesOf(k).FullNames is { Count: > 0 } names
            && full.All(a => names.All(b => OnePerson(a, b)))).ToList();
        if (fits.Count <= 1)
        {
            return fits.FirstOrDefault();
        }

        // several fit a shorter form: only one spelt the same way is sure
        var spelt = fits.Where(k => NamesOf(k).FullNames.Any(b => full.Any(a => PersonNames.SameName(a, b)))).ToList();
        return spelt.Count == 1 ? spelt[0] : null;
    }

    /// <summary>
    /// The one known agreement that is this one (<see cref="AgreementIdentity.SameAgreement"/>: the same parties, or a
    /// shared proper name, with no disagreement about parties, year or subject); of several, the one sharing a name.
    /// </summary>
    /// <remarks><paramref name="identities"/> keeps each known agreement's identity for the other agreements of the article.</remarks>
    private static Entity? ByAgreement(Entity entity, IReadOnlyList<Entity> known, Dictionary<string, (Entity Entity, AgreementIdentity Identity)> identities)
    {
        var identity = AgreementIdentity.Of(entity);
        if (identities.Count == 0)
        {
            foreach (var candidate in known.Where(k => k.Label == NodeLabels.Agreement))
            {
                identities.TryAdd(candidate.Id, (candidate, KnownIdentities.GetValue(candidate, IdentityById)));
            }
        }

        var fits = identities.Values.Where(k => identity.SameAgreement(k.Identity)).Select(k => k.Entity).ToList();
        if (fits.Count <= 1)
        {
            return fits.FirstOrDefault();
        }

        var keys = entity.AllNames.Select(NameKey.Normalize).ToHashSet(StringComparer.Ordinal);
        var named = fits.Where(k => k.AllNames.Any(n => keys.Contains(NameKey.Normalize(n)) && n.Contains(' ', StringComparison.Ordinal) && !n.Contains('–', StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The identity of a known agreement, read again only when its names changed (<see cref="IdentitiesById"/>).</summary>
    private static AgreementIdentity IdentityById(Entity agreement)
    {
        lock (IdentitiesById)
        {
            if (IdentitiesById.TryGetValue(agreement.Id, out var known) && known.Name == agreement.Name
                && known.Aliases.SequenceEqual(agreement.Aliases, StringComparer.Ordinal))
            {
                return known.Identity;
            }
        }

        var identity = AgreementIdentity.Of(agreement);
        lock (IdentitiesById)
        {
            if (IdentitiesById.Count >= MaxIdentitiesById)
            {
                IdentitiesById.Clear();
            }

            IdentitiesById[agreement.Id] = (agreement.Name, [.. agreement.Aliases], identity);
        }

        return identity;
    }

    /// <summary>A known entity's names as resolution compares them, made once per entity object (<see cref="NamesOfKnown"/>).</summary>
    private static KnownNames NamesOf(Entity known) =>
        NamesOfKnown.GetValue(known, static e => new KnownNames([.. Keys(e)], FullNames(e), e.AllNames.Select(NameKey.Normalize).ToHashSet(StringComparer.Ordinal)));

    /// <summary>As <see cref="PersonNames.OnePerson"/> with first names matching, once per pair of names (<see cref="OnePersonByPair"/>).</summary>
    private static bool OnePerson(string a, string b)
    {
        if (OnePersonByPair.TryGetValue((a, b), out var same))
        {
            return same;
        }

        same = PersonNames.OnePerson(a, b, firstNameMustMatch: true);
        if (OnePersonByPair.Count >= MaxPersonPairs)
        {
            OnePersonByPair.Clear();
        }

        OnePersonByPair[(a, b)] = same;
        return same;
    }

    /// <summary>The names of two words or more an entity has been called (particles aside).</summary>
    private static List<string> FullNames(Entity entity) => [.. entity.AllNames.Where(n => PersonNames.WordCount(n) >= 2).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The comparison keys of an entity: label plus each normalized name; agreements only by specific names; a body also by
    /// the order-free key of each name (<see cref="Recognition.Gazetteer.ContentKey"/>: "the Democratic Party of Iranian
    /// Kurdistan" and "the Kurdistan Democratic Party of Iran").
    /// </summary>
    private static IEnumerable<string> Keys(Entity entity) =>
        entity.AllNames.Select(NameKey.Normalize)
            .Where(n => n.Length > 0 && (entity.Label != NodeLabels.Agreement || n.Split(' ').Length >= 3))
            .Concat(entity.Label == NodeLabels.Organization
                ? entity.AllNames.Select(Recognition.Gazetteer.Default.ContentKey).OfType<string>().Select(k => "~" + k)
                : [])
            .Distinct()
            .Select(n => entity.Label + "|" + n);

    /// <summary>Two of the article's entities that became one: the first name (ordinal), every other name an alias.</summary>
    private static Entity Merge(Entity kept, Entity other)
    {
        var aliases = kept.Aliases.Concat(other.AllNames).Where(n => n != kept.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return kept with { Aliases = aliases };
    }
}
