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

    /// <summary>The stored facts the article touches: those citing it, and those with the keys it states.</summary>
    public const string ReadTouchedFacts = """
        CALL {
          MATCH (:Article {id: $articleId})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
          WHERE type(r) <> 'MENTIONS' AND $articleId IN r.evidenceArticles
          RETURN r
          UNION
          UNWIND $facts AS f
          MATCH (:Entity {id: f.source})-[r {key: f.key}]->(:Entity {id: f.target})
          RETURN r
        }
        WITH DISTINCT r
        RETURN r.key AS key, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS properties
        """;

    /// <summary>Writes the article node (all properties replaced) and drops its old MENTIONS.</summary>
    public const string WriteArticle = """
        MERGE (a:Article {id: $articleId})
        SET a = $properties
        SET a.published = CASE WHEN $published IS NULL THEN null ELSE date($published) END
        WITH a
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

    /// <summary>Upserts facts of one type (the type comes from <see cref="EdgeTypes.All"/>), replacing all their properties.</summary>
    public static string WriteFacts(string type) => $"""
        UNWIND $rows AS row
        MATCH (a:Entity {"{"}id: row.source{"}"})
        MATCH (b:Entity {"{"}id: row.target{"}"})
        MERGE (a)-[r:{Checked(EdgeTypes.Get(type))} {"{"}key: row.key{"}"}]->(b)
        SET r = row.properties
        SET r.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
        """;

    private static string Checked(string label) =>
        NodeLabels.All.Contains(label, StringComparer.Ordinal) ? label : throw new ArgumentException($"'{label}' is not an entity label.", nameof(label));

    private static string Checked(EdgeType type) =>
        EdgeTypes.All.Contains(type) ? type.Name : throw new ArgumentException($"'{type}' is not a registered edge type.", nameof(type));
}
