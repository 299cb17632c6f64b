// name: accusations
// title: Accusations
// description: Who accused whom of what, with the date and the sentences that report it.
// param: accuser entity? — only accusations made by this entity (id, name or alias)
// param: accused entity? — only accusations against this entity (id, name or alias)
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per accusation (accuser, accused, allegation, date, articles, sentences) ordered by names; the accusations with their endpoints
// graph: x, r, y
// example: accuser=Iran
// Expanded from the accuser, else from the accused, found first: filtering every accusation of the graph by its
// endpoints read each one's two nodes (seconds at 1M edges). The WHERE after it keeps the meaning when both are given.
CALL () {
  WITH $accuser AS accuser WHERE accuser IS NOT NULL
  MATCH (x:Entity) WHERE x.id IN [accuser, toLower(accuser)] OR x.nameKeyText CONTAINS (',' + $accuserKey + ',')
  MATCH (x)-[r:ACCUSED]->(:Entity)
  RETURN r
  UNION
  WITH $accuser AS accuser, $accused AS accused WHERE accuser IS NULL AND accused IS NOT NULL
  MATCH (y:Entity) WHERE y.id IN [accused, toLower(accused)] OR y.nameKeyText CONTAINS (',' + $accusedKey + ',')
  MATCH (:Entity)-[r:ACCUSED]->(y)
  RETURN r
  UNION
  WITH $accuser AS accuser, $accused AS accused WHERE accuser IS NULL AND accused IS NULL
  MATCH (:Entity)-[r:ACCUSED]->(:Entity)
  RETURN r
}
WITH r, startNode(r) AS x, endNode(r) AS y
WHERE ($accuser IS NULL OR x.id IN [$accuser, toLower($accuser)] OR x.nameKeyText CONTAINS (',' + $accuserKey + ','))
  AND ($accused IS NULL OR y.id IN [$accused, toLower($accused)] OR y.nameKeyText CONTAINS (',' + $accusedKey + ','))
RETURN x.name AS accuser, y.name AS accused, r.allegation AS allegation, toString(r.date) AS date,
       COLLECT { MATCH (s:Assertion {fact: r.key}) UNWIND range(0, size(s.sentences) - 1) AS i RETURN s.article AS article ORDER BY s.article, i } AS articles,
       COLLECT { MATCH (s:Assertion {fact: r.key}) UNWIND range(0, size(s.sentences) - 1) AS i RETURN s.sentences[i] AS sentence ORDER BY s.article, i } AS sentences,
       x, r, y
ORDER BY accuser, accused, r.key
LIMIT $limit
