// name: key-actors
// title: Key actors
// description: The most connected entities: the top limit by degree (fact edges) and the top limit by betweenness (exact over all shortest paths of up to 15 hops, edges undirected).
// param: limit int = 10 [1..100] — size of each top list
// param: edgeTypes edgeTypes? — only these edge types (comma-separated), all when absent
// returns: one row per entity in either top list (name, label, degree, betweenness, degreeRank, betweennessRank) ordered by degree rank; those entities as nodes
// graph: n
// example: limit=10
// column: degree — the number of fact edges at the entity, in either direction
// column: betweenness — how much the entity is a go-between: for every pair of other entities, the share of their shortest paths that pass through it, summed over all pairs (0: on no shortest path between others)
// column: degreeRank — the entity's place when ranked by degree (1: the most edges)
// column: betweennessRank — the entity's place when ranked by betweenness (1: the most between)
// Edge types are filtered inside the breadth-first search (all(r IN relationships(p) WHERE type(r) IN types)); an
// "$edgeTypes IS NULL OR …" predicate there cannot be, and turns every pair into an exhaustive search. Only entities
// with an edge of those types can lie on or end a path, so the pairs are taken among them.
CALL () {
  WITH coalesce($edgeTypes, ['MET_WITH', 'SIGNED', 'ACCUSED', 'ATTACKED', 'FOUGHT', 'VISITED', 'HOLDS_ROLE', 'BACKED_BY', 'PARTY_TO', 'COOPERATES_WITH', 'CONCERNS']) AS types
  MATCH (s:Entity)
  WHERE EXISTS { (s)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity) WHERE type(r) IN types }
  WITH types, collect(s) AS linked
  UNWIND linked AS s
  UNWIND linked AS t
  WITH types, s, t
  WHERE s.id < t.id
  MATCH p = allShortestPaths((s)-[:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS*..15]-(t))
  WHERE all(r IN relationships(p) WHERE type(r) IN types)
  WITH s, t, collect(p) AS paths
  UNWIND paths AS p
  UNWIND nodes(p)[1..-1] AS v
  WITH s, t, v, size(paths) AS total, count(*) AS through
  WITH v, sum(toFloat(through) / total) AS score
  RETURN collect([v.id, score]) AS scores
}
MATCH (n:Entity)
WITH n, COUNT { (n)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity) WHERE $edgeTypes IS NULL OR type(r) IN $edgeTypes } AS degree,
     round(coalesce([x IN scores WHERE x[0] = n.id][0][1], 0.0), 4) AS betweenness
ORDER BY degree DESC, n.name, n.id
WITH collect({n: n, degree: degree, betweenness: betweenness}) AS byDegree
UNWIND range(0, size(byDegree) - 1) AS i
WITH byDegree[i] AS row, i + 1 AS degreeRank
ORDER BY row.betweenness DESC, row.n.name, row.n.id
WITH collect({row: row, degreeRank: degreeRank}) AS byBetweenness
UNWIND range(0, size(byBetweenness) - 1) AS j
WITH byBetweenness[j].row AS row, byBetweenness[j].degreeRank AS degreeRank, j + 1 AS betweennessRank
WHERE degreeRank <= $limit OR betweennessRank <= $limit
WITH row.n AS n, row.degree AS degree, row.betweenness AS betweenness, degreeRank, betweennessRank
RETURN n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, degree, betweenness, degreeRank, betweennessRank, n
ORDER BY degreeRank, betweennessRank
