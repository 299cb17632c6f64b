// name: co-mentions
// title: Co-mentions
// description: Entities mentioned in the same articles as an entity, weighted by the number of articles they share.
// param: entity entity — the entity (id, name or alias)
// param: limit int = 50 [1..1000] — most rows returned
// returns: one row per co-mentioned entity (name, label, shared article count, articles) ordered by shared count descending then name; those entities as nodes
// graph: x
// example: entity=Qasim al-Araji
// column: shared — how many articles mention both this entity and the one asked about
// One pass over the centres' articles and what they mention: each (article, entity) pair is one MENTIONS, so collecting
// the article ids per co-mentioned entity counts the shared articles. (Re-walking centre-article-entity in a subquery
// for every co-mentioned entity grew with their product and ran past a minute at 1M edges.)
MATCH (e:Entity)
WHERE e.id IN [$entity, toLower($entity)] OR e.nameKeyText CONTAINS (',' + $entityKey + ',')
WITH collect(e) AS centers
UNWIND centers AS c
MATCH (c)<-[:MENTIONS]-(a:Article)
WITH centers, collect(DISTINCT a) AS articles
UNWIND articles AS a
MATCH (a)-[:MENTIONS]->(x:Entity)
WHERE NOT x IN centers
WITH x, collect(a.id) AS ids
RETURN x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, size(ids) AS shared, COLLECT { UNWIND ids AS id RETURN id ORDER BY id } AS articles, x
ORDER BY shared DESC, name, x.id
LIMIT $limit
