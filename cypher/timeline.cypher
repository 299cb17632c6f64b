// name: timeline
// title: Timeline
// description: The dated facts around an entity, in date order: the date the text states, or else the date the fact was reported.
// param: entity entity — the entity (id, name or alias)
// param: from date? — earliest date, inclusive
// param: to date? — latest date, inclusive
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per dated edge at the entity (date, dateKind: stated or reported, type, source, target, sentences) ordered by date, type, names; the edges with their endpoints
// graph: x, r, y
// example: entity=Iraqi Armed Forces
MATCH (e:Entity)
WHERE e.id IN [$entity, toLower($entity)] OR e.nameKeyText CONTAINS (',' + $entityKey + ',')
MATCH (e)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity)
WHERE r.date IS NOT NULL
  AND ($from IS NULL OR r.date >= date($from))
  AND ($to IS NULL OR r.date <= date($to))
WITH DISTINCT r
WITH r, startNode(r) AS x, endNode(r) AS y
RETURN toString(r.date) AS date, coalesce(r.dateKind, 'stated') AS dateKind, type(r) AS type, x.name AS source, y.name AS target, 
       COLLECT { MATCH (s:Assertion {fact: r.key}) UNWIND range(0, size(s.sentences) - 1) AS i RETURN s.sentences[i] AS sentence ORDER BY s.article, i } AS sentences, x, r, y
ORDER BY date, type, source, target, r.key
LIMIT $limit
