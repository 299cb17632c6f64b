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
        SET e.name = row.name, e.aliases = row.aliases, e.aliasText = row.aliasText, e.nameKeys = row.nameKeys
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
        SET e:{Checked(label)}, e.name = row.name, e.aliases = row.aliases, e.aliasText = row.aliasText, e.nameKeys = row.nameKeys
        """;

    /// <summary>
    /// Creates facts of one type that are not stored yet (the type comes from <see cref="EdgeTypes.All"/>), each with its
    /// aggregate and the <c>:Assertion</c> node of the article that states it. A plain CREATE: the write plan read the
    /// touched facts inside the same transaction, under the locks of their endpoints, so these keys are new.
    /// </summary>
    public static string CreateFacts(string type) => $$"""
        UNWIND $rows AS row
        MATCH (a:Entity {id: row.source})
        MATCH (b:Entity {id: row.target})
        CREATE (a)-[r:{{Checked(EdgeTypes.Get(type))}} {key: row.key, date: date(row.date), dateKind: row.dateKind, placeId: row.placeId, placeArticle: row.placeArticle,
                title: row.title, titleArticle: row.titleArticle, allegation: row.allegation, allegationArticle: row.allegationArticle,
                confidence: row.confidence, assertions: row.assertions}]->(b)
        WITH row, row.assertion AS c
        {{CreateAssertion}}
        """;

    /// <summary>
    /// Updates the aggregates of stored facts of one type, and creates the article's <c>:Assertion</c> node for those it
    /// states (<c>row.assertion</c> is null for a fact the article no longer states). Each property is set by name, so
    /// nothing read by the MATCH is written and the rows stream without an Eager barrier.
    /// </summary>
    public static string UpdateFacts(string type) => $$"""
        UNWIND $rows AS row
        MATCH (:Entity {id: row.source})-[r:{{Checked(EdgeTypes.Get(type))}} {key: row.key}]->(:Entity {id: row.target})
        SET r.date = date(row.date), r.dateKind = row.dateKind, r.placeId = row.placeId, r.placeArticle = row.placeArticle,
            r.title = row.title, r.titleArticle = row.titleArticle, r.allegation = row.allegation, r.allegationArticle = row.allegationArticle,
            r.confidence = row.confidence, r.assertions = row.assertions
        WITH row, row.assertion AS c
        WHERE c IS NOT NULL
        {{CreateAssertion}}
        """;

    private const string CreateAssertion = """
        CREATE (:Assertion {fact: row.key, article: c.article, date: date(c.date), dateKind: c.dateKind, placeId: c.placeId, title: c.title,
                allegation: c.allegation, confidence: c.confidence, sentences: c.sentences, starts: c.starts, ends: c.ends})
        """;

    private static string Checked(string label) =>
        NodeLabels.All.Contains(label, StringComparer.Ordinal) ? label : throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));

    private static string Checked(EdgeType type) =>
        EdgeTypes.All.Contains(type) ? type.Name : throw new ArgumentException($"'{type}' is not a registered edge type.", nameof(type));
}
