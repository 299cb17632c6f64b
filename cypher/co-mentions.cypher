// name: co-mentions
// title: Co-mentions
// description: Entities mentioned in the same articles as an entity, weighted by the number of articles they share.
// param: entity entity — the entity (id, name or alias)
// param: limit int = 50 [1..1000] — most rows returned
// returns: one row per co-mentioned entity (name, label, shared article count, articles) ordered by shared count descending then name; those entities as nodes
// graph: x
// example: entity=Qasim al-Araji
// column: shared — how many articles mention both this entity and the one asked about
MATCH (e:Entity)
WHERE (toLower(e.id) = toLower($entity) OR $entityKey IN e.nameKeys)
WITH collect(e) AS centers
MATCH (c:Entity)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(x:Entity)
WHERE c IN centers AND NOT x IN centers
WITH DISTINCT centers, x
WITH x, COLLECT { MATCH (c:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(x) WHERE c IN centers RETURN DISTINCT a.id AS id ORDER BY id } AS articles
RETURN x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, size(articles) AS shared, articles, x
ORDER BY shared DESC, name, x.id
LIMIT $limit
