// name: ego-network
// title: Ego network
// description: The neighbourhood of an entity: every fact edge on a walk of at most depth hops from it (the edges at nodes nearer than depth).
// param: entity entity — the centre (id, name or alias)
// param: depth int = 1 [1..3] — hops from the centre
// param: edgeTypes edgeTypes? — only these edge types (comma-separated), all when absent
// param: minConfidence float = 0 [0..1] — only edges at least this confident
// param: limit int = 500 [1..5000] — most rows returned
// returns: one row per edge (source, type, target, confidence, edge key) ordered by source, type, target, key; the edges with their endpoints
// graph: a, r, b
// example: entity=Qasim al-Araji; depth=2
MATCH (c:Entity)
WHERE (toLower(c.id) = toLower($entity) OR $entityKey IN c.nameKeys)
MATCH p = (c)-[:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS*1..3]-(:Entity)
WHERE length(p) <= $depth
  AND all(r IN relationships(p) WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND r.confidence >= $minConfidence)
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN a.name AS source, type(r) AS type, b.name AS target, round(r.confidence, 4) AS confidence, r.key AS edge, a, r, b
ORDER BY source, type, target, edge
LIMIT $limit
