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
// The edges on walks of at most depth hops (over edges that pass the filters) are the passing edges at the nodes fewer
// than depth hops away: those nodes are found level by level, only as deep as asked, and their edges read once. (The
// bounds of a variable-length pattern cannot be parameters: "*1..3 WHERE length(p) <= $depth" enumerated every trail of
// three hops whatever the depth, seconds at 1M edges.)
MATCH (c:Entity)
WHERE c.id IN [$entity, toLower($entity)] OR c.nameKeyText CONTAINS (',' + $entityKey + ',')
CALL (c) {
  RETURN c AS n
  UNION
  WITH c WHERE $depth >= 2
  MATCH (c)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(n:Entity)
  WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND r.confidence >= $minConfidence
  RETURN n
  UNION
  WITH c WHERE $depth >= 3
  MATCH (c)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(m:Entity)
  WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND r.confidence >= $minConfidence
  WITH DISTINCT m
  MATCH (m)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(n:Entity)
  WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND r.confidence >= $minConfidence
  RETURN n
}
WITH DISTINCT n
MATCH (n)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity)
WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND r.confidence >= $minConfidence
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN a.name AS source, type(r) AS type, b.name AS target, round(r.confidence, 4) AS confidence, r.key AS edge, a, r, b
ORDER BY source, type, target, edge
LIMIT $limit
