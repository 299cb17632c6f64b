// name: evidence
// title: Evidence
// description: The sentences and articles behind an edge (by key) or behind the edges between two entities (either direction).
// param: key string? — an edge key, e.g. MET_WITH|person:a|person:b
// param: a entity? — one end (id, name or alias)
// param: b entity? — the other end (id, name or alias)
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per evidence sentence (edge, type, source, target, article, title, startOffset, sentence) ordered by edge key, article, offset; the edges with their endpoints
// graph: x, r, y
// example: a=Peshmerga; b=Iraqi Armed Forces
// The candidate edges come from an index, not from a filter over every edge of the graph (seconds at 1M edges): by key,
// the two endpoints named in it (TYPE|source|target); else the edges at a, else at b, found first. The WHERE after it
// keeps the meaning of every combination of key, a and b.
CALL () {
  WITH $key AS key WHERE key IS NOT NULL
  WITH key, split(key, '|') AS parts
  MATCH (:Entity {id: parts[1]})-[r {key: key}]->(:Entity {id: parts[2]})
  RETURN r
  UNION
  WITH $key AS key, $a AS a WHERE key IS NULL AND a IS NOT NULL
  MATCH (c:Entity) WHERE c.id IN [a, toLower(a)] OR c.nameKeyText CONTAINS (',' + $aKey + ',')
  MATCH (c)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity)
  RETURN r
  UNION
  WITH $key AS key, $a AS a, $b AS b WHERE key IS NULL AND a IS NULL AND b IS NOT NULL
  MATCH (c:Entity) WHERE c.id IN [b, toLower(b)] OR c.nameKeyText CONTAINS (',' + $bKey + ',')
  MATCH (c)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity)
  RETURN r
  UNION
  WITH $key AS key, $a AS a, $b AS b WHERE key IS NULL AND a IS NULL AND b IS NULL
  MATCH (:Entity)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]->(:Entity)
  RETURN r
}
WITH r, startNode(r) AS x, endNode(r) AS y
WHERE ($key IS NULL OR r.key = $key)
  AND ((($a IS NULL OR x.id IN [$a, toLower($a)] OR x.nameKeyText CONTAINS (',' + $aKey + ',')) AND ($b IS NULL OR y.id IN [$b, toLower($b)] OR y.nameKeyText CONTAINS (',' + $bKey + ',')))
    OR (($a IS NULL OR y.id IN [$a, toLower($a)] OR y.nameKeyText CONTAINS (',' + $aKey + ',')) AND ($b IS NULL OR x.id IN [$b, toLower($b)] OR x.nameKeyText CONTAINS (',' + $bKey + ','))))
MATCH (s:Assertion {fact: r.key})
UNWIND range(0, size(s.sentences) - 1) AS i
OPTIONAL MATCH (source:Article {id: s.article})
RETURN r.key AS edge, type(r) AS type, x.name AS source, y.name AS target, s.article AS article, source.title AS title,
       s.starts[i] AS startOffset, s.sentences[i] AS sentence, x, r, y
ORDER BY edge, article, startOffset, sentence
LIMIT $limit
