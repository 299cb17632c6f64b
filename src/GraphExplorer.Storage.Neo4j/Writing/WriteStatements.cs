using System.Globalization;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>
/// The Cypher of one article's write transaction. Values always travel as parameters; labels and relationship
/// types cannot be parameters, so they are spliced in only from the <see cref="NodeLabels"/> and
/// <see cref="EdgeTypes"/> registries, never from input.
/// </summary>
internal static class WriteStatements
{
    /// <summary>
    /// Locks every entity the article touches (its incoming entities, created if new, and those it mentioned before)
    /// by writing a throw-away property, so concurrent saves of articles that share entities serialize (a deadlock
    /// is a transient error and the whole transaction is retried), then reads what the plan needs. The two lists are
    /// collected in separate WITH clauses: Cypher refuses an aggregate mixed with a grouping key in one expression
    /// (<c>incoming + collect(old)</c>, "implicit grouping expressions").
    /// </summary>
    public const string LockAndReadEntities = """
        UNWIND $ids AS id
        MERGE (e:Entity {id: id})
        WITH collect(e) AS incoming
        OPTIONAL MATCH (:Article {id: $articleId})-[:MENTIONS]->(old:Entity)
        WITH incoming, collect(old) AS previous
        UNWIND incoming + previous AS e
        WITH DISTINCT e
        SET e.writeLock = true
        REMOVE e.writeLock
        WITH e
        OPTIONAL MATCH (other:Article)-[m:MENTIONS]->(e) WHERE other.id <> $articleId
        WITH e, collect(m.aliases) AS aliases, collect(m.name) AS names, count(other) AS others
        RETURN e.id AS id, coalesce(e.name, '') AS name, head([l IN labels(e) WHERE l <> 'Entity']) AS label, aliases, names, others,
               EXISTS { MATCH (:Article {id: $articleId})-[:MENTIONS]->(e) } AS previous
        """;

    /// <summary>
    /// The stored facts the article touches (those it stated before, found by its <c>:Assertion</c> nodes, and those with
    /// the keys it states now), each with its stored aggregate and this article's previous contribution; never the other
    /// articles' evidence, so the read does not grow with how many articles cite a fact. The key is <c>TYPE|source|target</c>,
    /// so the relationship is found from its two endpoints.
    /// </summary>
    public const string ReadTouchedFacts = """
        CALL () {
          MATCH (s:Assertion {article: $articleId})
          RETURN s.fact AS key
          UNION
          UNWIND $keys AS key
          RETURN key
        }
        WITH key, split(key, '|') AS parts
        MATCH (:Entity {id: parts[1]})-[r {key: key}]->(:Entity {id: parts[2]})
        OPTIONAL MATCH (previous:Assertion {fact: key, article: $articleId})
        RETURN key, type(r) AS type, parts[1] AS source, parts[2] AS target, properties(r) AS properties,
               previous {.article, .date, .dateKind, .placeId, .title, .allegation, .confidence} AS previous
        """;

    /// <summary>
    /// The other articles' contributions (attributes, not evidence) to facts whose aggregate this article's previous
    /// contribution decided (<see cref="TouchedFact.NeedsOthers"/>): the one read that grows with the citations, made only
    /// when an article that changed gave a fact its date, place, title, allegation or highest confidence.
    /// </summary>
    public const string ReadOtherContributions = """
        UNWIND $keys AS key
        MATCH (s:Assertion {fact: key})
        WHERE s.article <> $articleId
        RETURN key, s {.article, .date, .dateKind, .placeId, .title, .allegation, .confidence} AS contribution
        """;

    /// <summary>Writes the article node (all properties replaced) and drops its old MENTIONS and its old assertions.</summary>
    public const string WriteArticle = """
        MERGE (a:Article {id: $articleId})
        SET a = $properties
        SET a.published = CASE WHEN $published IS NULL THEN null ELSE date($published) END
        WITH a
        CALL (a) {
          MATCH (s:Assertion {article: a.id})
          DELETE s
        }
        OPTIONAL MATCH (a)-[m:MENTIONS]->(:Entity)
        DELETE m
        """;

    /// <summary>Deletes facts left without evidence.</summary>
    public const string DeleteFacts = """
        UNWIND $rows AS row
        MATCH (:Entity {id: row.source})-[r {key: row.key}]->(:Entity {id: row.target})
        DELETE r
        """;

    /// <summary>Sets the name (chosen again from the other articles' names) and aliases of entities the article stopped mentioning (others still do).</summary>
    public const string RefreshEntities = """
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})
        SET e.name = row.name, e.aliases = row.aliases, e.aliasText = row.aliasText, e.nameKeys = row.nameKeys, e.nameKeyText = row.nameKeyText, e.identityKeyText = row.identityKeyText
        """;

    /// <summary>Writes the article's MENTIONS with the name and aliases it used.</summary>
    public const string WriteMentions = """
        MATCH (a:Article {id: $articleId})
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})
        MERGE (a)-[m:MENTIONS]->(e)
        SET m.name = row.name, m.aliases = row.aliases
        """;

    /// <summary>Deletes entities no article mentions (their facts went with their last evidence).</summary>
    public const string DeleteOrphans = """
        UNWIND $ids AS id
        MATCH (e:Entity {id: id})
        WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
        DETACH DELETE e
        """;

    /// <summary>Upserts entities of one label (the label comes from <see cref="NodeLabels.All"/>).</summary>
    public static string WriteEntities(string label) => $"""
        UNWIND $rows AS row
        MERGE (e:Entity {"{"}id: row.id{"}"})
        SET e:{Checked(label)}, e.name = row.name, e.aliases = row.aliases, e.aliasText = row.aliasText, e.nameKeys = row.nameKeys, e.nameKeyText = row.nameKeyText, e.identityKeyText = row.identityKeyText
        """;

    /// <summary>
    /// Creates facts of one type that are not stored yet (the type comes from <see cref="EdgeTypes.All"/>), each with its
    /// aggregate and the <c>:Assertion</c> node of the article that states it. A plain CREATE: the write plan read the
    /// touched facts inside the same transaction, under the locks of their endpoints, so these keys are new.
    /// </summary>
    /// <remarks>
    /// The rows travel as columns (<see cref="FactColumns"/>: <c>$key[i]</c>, <c>$source[i]</c>, …), not as a list of
    /// maps. A value unwound from a list of maps has no known type, so the planner must assume that <c>row.key</c> may read
    /// a node or relationship property and puts an Eager (the whole batch materialized) between each read and a CREATE;
    /// an element of a parameter list can only be a value, so the plan streams (index seeks, Apply, one Create). Columns
    /// also send each property name once per batch instead of once per row (about half the JSON).
    /// </remarks>
    public static string CreateFacts(string type) => $$"""
        UNWIND range(0, size($key) - 1) AS i
        MATCH (a:Entity {id: $source[i]})
        MATCH (b:Entity {id: $target[i]})
        CREATE (a)-[:{{Checked(EdgeTypes.Get(type))}} {key: $key[i], date: date($date[i]), dateKind: $dateKind[i], placeId: $placeId[i], placeArticle: $placeArticle[i],
                title: $title[i], titleArticle: $titleArticle[i], allegation: $allegation[i], allegationArticle: $allegationArticle[i],
                confidence: $confidence[i], assertions: $assertions[i]}]->(b),
               {{AssertionPattern}}
        """;

    /// <summary>
    /// Updates the aggregates of stored facts of one type, and creates the article's <c>:Assertion</c> node for those it
    /// states (a null <c>$assertionArticle[i]</c> for a fact the article no longer states). Each property is set by name
    /// from a parameter column (see <see cref="CreateFacts"/>), so the rows stream without an Eager barrier.
    /// </summary>
    public static string UpdateFacts(string type) => $$"""
        UNWIND range(0, size($key) - 1) AS i
        MATCH (:Entity {id: $source[i]})-[r:{{Checked(EdgeTypes.Get(type))}} {key: $key[i]}]->(:Entity {id: $target[i]})
        SET r.date = date($date[i]), r.dateKind = $dateKind[i], r.placeId = $placeId[i], r.placeArticle = $placeArticle[i],
            r.title = $title[i], r.titleArticle = $titleArticle[i], r.allegation = $allegation[i], r.allegationArticle = $allegationArticle[i],
            r.confidence = $confidence[i], r.assertions = $assertions[i]
        WITH i
        WHERE $assertionArticle[i] IS NOT NULL
        CREATE {{AssertionPattern}}
        """;

    /// <summary>
    /// The parameters of <see cref="CreateFacts"/> and <see cref="UpdateFacts"/> for a batch of facts: one list per property,
    /// the fact's aggregate (<c>key</c>, <c>source</c>, <c>target</c>, <c>date</c>, …) and the article's assertion
    /// (<c>assertionArticle</c>, <c>assertionDate</c>, …, <c>sentences</c>, <c>starts</c>, <c>ends</c>; null for a fact the
    /// article no longer states).
    /// </summary>
    public static Dictionary<string, object?> FactColumns(IReadOnlyList<FactWrite> facts)
    {
        List<object?> Column(Func<FactWrite, object?> value) => [.. facts.Select(value)];
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = Column(f => f.Key),
            ["source"] = Column(f => f.SourceId),
            ["target"] = Column(f => f.TargetId),
            ["date"] = Column(f => f.Aggregate.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["dateKind"] = Column(f => f.Aggregate.Date is null ? null : f.Aggregate.DateKind.Name()),
            ["placeId"] = Column(f => f.Aggregate.PlaceId),
            ["placeArticle"] = Column(f => f.Aggregate.PlaceArticle),
            ["title"] = Column(f => f.Aggregate.Title),
            ["titleArticle"] = Column(f => f.Aggregate.TitleArticle),
            ["allegation"] = Column(f => f.Aggregate.Allegation),
            ["allegationArticle"] = Column(f => f.Aggregate.AllegationArticle),
            ["confidence"] = Column(f => f.Aggregate.Confidence),
            ["assertions"] = Column(f => f.Aggregate.Assertions),
            ["assertionArticle"] = Column(f => f.Contribution?.ArticleId),
            ["assertionDate"] = Column(f => f.Contribution?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["assertionDateKind"] = Column(f => f.Contribution?.Date is null ? null : f.Contribution.DateKind.Name()),
            ["assertionPlaceId"] = Column(f => f.Contribution?.PlaceId),
            ["assertionTitle"] = Column(f => f.Contribution?.Title),
            ["assertionAllegation"] = Column(f => f.Contribution?.Allegation),
            ["assertionConfidence"] = Column(f => f.Contribution?.Confidence),
            ["sentences"] = Column(f => f.Contribution?.OrderedEvidence.Select(e => e.Sentence).ToList()),
            ["starts"] = Column(f => f.Contribution?.OrderedEvidence.Select(e => (long)e.Start).ToList()),
            ["ends"] = Column(f => f.Contribution?.OrderedEvidence.Select(e => (long)e.End).ToList()),
        };
    }

    private const string AssertionPattern = """
        (:Assertion {fact: $key[i], article: $assertionArticle[i], date: date($assertionDate[i]), dateKind: $assertionDateKind[i],
                placeId: $assertionPlaceId[i], title: $assertionTitle[i], allegation: $assertionAllegation[i], confidence: $assertionConfidence[i],
                sentences: $sentences[i], starts: $starts[i], ends: $ends[i]})
        """;

    private static string Checked(string label) =>
        NodeLabels.All.Contains(label, StringComparer.Ordinal) ? label : throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));

    private static string Checked(EdgeType type) =>
        EdgeTypes.All.Contains(type) ? type.Name : throw new ArgumentException($"'{type}' is not a registered edge type.", nameof(type));
}
