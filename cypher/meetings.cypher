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
MATCH (x:Entity)-[r:MET_WITH]->(y:Entity)
WHERE ($actor IS NULL OR (toLower(x.id) = toLower($actor) OR $actorKey IN x.nameKeys) OR (toLower(y.id) = toLower($actor) OR $actorKey IN y.nameKeys))
  AND ($from IS NULL OR (r.date IS NOT NULL AND r.date >= date($from)))
  AND ($to IS NULL OR (r.date IS NOT NULL AND r.date <= date($to)))
OPTIONAL MATCH (place:Entity {id: r.placeId})
RETURN x.name AS participant, y.name AS metWith, toString(r.date) AS date, place.name AS place,
       r.evidenceArticles AS articles, r.evidenceSentences AS sentences, x, r, y
ORDER BY date, participant, metWith, r.key
LIMIT $limit
