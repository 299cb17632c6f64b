// name: co-mentions
// description: Entities mentioned in the same articles as an entity, weighted by the number of articles they share.
// param: entity entity — the entity (id, name or alias)
// param: limit int = 50 [1..1000] — most rows returned
// returns: one row per co-mentioned entity (name, label, shared article count, articles) ordered by shared count descending then name; those entities as nodes
WITH reduce(acc = '', part IN split(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(toLower($entity), '’', ''), "'", ''), '‘', ''), '‐', ' '), '‑', ' '), '‒', ' '), '–', ' '), '—', ' '), '―', ' '), '-', ' '), '_', ' '), '/', ' '), '.', ' '), ',', ' '), ' ') | CASE WHEN part = '' THEN acc WHEN acc = '' THEN part ELSE acc + ' ' + part END) AS entityK0
WITH CASE WHEN entityK0 STARTS WITH 'the ' THEN substring(entityK0, 4) ELSE entityK0 END AS entityKey
MATCH (e:Entity)
WHERE (toLower(e.id) = toLower($entity) OR (entityKey <> '' AND any(nk IN [nm IN [e.name] + coalesce(e.aliases, []) | reduce(acc = '', part IN split(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(toLower(nm), '’', ''), "'", ''), '‘', ''), '‐', ' '), '‑', ' '), '‒', ' '), '–', ' '), '—', ' '), '―', ' '), '-', ' '), '_', ' '), '/', ' '), '.', ' '), ',', ' '), ' ') | CASE WHEN part = '' THEN acc WHEN acc = '' THEN part ELSE acc + ' ' + part END)] WHERE CASE WHEN nk STARTS WITH 'the ' THEN substring(nk, 4) ELSE nk END = entityKey)))
WITH collect(e) AS centers
MATCH (c:Entity)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(x:Entity)
WHERE c IN centers AND NOT x IN centers
WITH DISTINCT centers, x
WITH x, COLLECT { MATCH (c:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(x) WHERE c IN centers RETURN DISTINCT a.id AS id ORDER BY id } AS articles
RETURN x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, size(articles) AS shared, articles, x
ORDER BY shared DESC, name, x.id
LIMIT $limit
