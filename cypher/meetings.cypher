// name: meetings
// description: Who met whom: each meeting with its date, place and the sentences that report it.
// param: actor entity? — only meetings involving this entity (id, name or alias)
// param: from date? — earliest meeting date, inclusive (undated meetings are left out when from or to is set)
// param: to date? — latest meeting date, inclusive
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per meeting (a, b, date, place, articles, sentences), ordered by date then names; the subgraph of those meetings
MATCH (a:Entity)-[r:MET_WITH]-(b:Entity)
WHERE elementId(a) < elementId(b)
  AND ($actor IS NULL OR $actor IN [a.id, a.name] + a.aliases OR $actor IN [b.id, b.name] + b.aliases)
  AND ($from IS NULL OR (r.date IS NOT NULL AND r.date >= date($from)))
  AND ($to IS NULL OR (r.date IS NOT NULL AND r.date <= date($to)))
OPTIONAL MATCH (place:Entity {id: r.placeId})
RETURN a.name AS a, b.name AS b, toString(r.date) AS date, place.name AS place,
       r.evidenceArticles AS articles, r.evidenceSentences AS sentences, a, r, b
ORDER BY date, a, b
LIMIT $limit
