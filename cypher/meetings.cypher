// name: meetings
// title: Meetings
// description: Who met whom: each meeting with its date, place and the sentences that report it.
// param: actor entity? — only meetings involving this entity (id, name or alias)
// param: from date? — earliest meeting date, inclusive (undated meetings are left out when from or to is set)
// param: to date? — latest meeting date, inclusive
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per meeting (participant, metWith, date, place, articles, sentences), ordered by date (undated last) then names; the meetings with their endpoints
// graph: x, r, y
// example: actor=Shamkhani
// The actor is found first and its meetings expanded from it; filtering every meeting of the graph by its endpoints read
// each one's two nodes (seconds at 1M edges).
CALL () {
  WITH $actor AS actor WHERE actor IS NOT NULL
  MATCH (c:Entity) WHERE c.id IN [actor, toLower(actor)] OR c.nameKeyText CONTAINS (',' + $actorKey + ',')
  MATCH (c)-[r:MET_WITH]-(:Entity)
  RETURN r
  UNION
  WITH $actor AS actor WHERE actor IS NULL
  MATCH (:Entity)-[r:MET_WITH]->(:Entity)
  RETURN r
}
WITH r, startNode(r) AS x, endNode(r) AS y
WHERE ($from IS NULL OR (r.date IS NOT NULL AND r.date >= date($from)))
  AND ($to IS NULL OR (r.date IS NOT NULL AND r.date <= date($to)))
OPTIONAL MATCH (place:Entity {id: r.placeId})
RETURN x.name AS participant, y.name AS metWith, toString(r.date) AS date, place.name AS place,
       COLLECT { MATCH (s:Assertion {fact: r.key}) UNWIND range(0, size(s.sentences) - 1) AS i RETURN s.article AS article ORDER BY s.article, i } AS articles,
       COLLECT { MATCH (s:Assertion {fact: r.key}) UNWIND range(0, size(s.sentences) - 1) AS i RETURN s.sentences[i] AS sentence ORDER BY s.article, i } AS sentences,
       x, r, y
ORDER BY date, participant, metWith, r.key
LIMIT $limit
