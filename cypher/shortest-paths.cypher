// name: shortest-paths
// title: Shortest paths
// description: All shortest paths between two entities, ignoring edge direction, at most maxHops long, optionally over some edge types only.
// param: from entity — one end (id, name or alias)
// param: to entity — the other end (id, name or alias)
// param: maxHops int = 6 [1..6] — longest path considered
// param: edgeTypes edgeTypes? — only these edge types (comma-separated), all when absent
// param: limit int = 100 [1..1000] — most paths returned
// returns: one row per path (hops, node names, edge types, edge keys) ordered by length then keys; the paths
// graph: p
// example: from=Rebar Ahmed; to=Shamkhani
MATCH (a:Entity)
WHERE a.id IN [$from, toLower($from)] OR a.nameKeyText CONTAINS (',' + $fromKey + ',')
MATCH (b:Entity)
WHERE (b.id IN [$to, toLower($to)] OR b.nameKeyText CONTAINS (',' + $toKey + ',')) AND a <> b
WITH a, b, coalesce($edgeTypes, ['MET_WITH', 'SIGNED', 'ACCUSED', 'ATTACKED', 'FOUGHT', 'VISITED', 'HOLDS_ROLE', 'BACKED_BY', 'PARTY_TO', 'COOPERATES_WITH', 'CONCERNS']) AS types
// The type filter is checked during the breadth-first search; "$edgeTypes IS NULL OR …" or a length bound in this
// WHERE would make it an exhaustive search. All shortest paths have one length, so bounding it afterwards is the same.
MATCH p = allShortestPaths((a)-[:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN types)
WITH p
WHERE length(p) <= $maxHops
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS types, [r IN relationships(p) | r.key] AS keys, p
ORDER BY hops, keys
LIMIT $limit
