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
MATCH (x:Entity)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]->(y:Entity)
WHERE ($key IS NULL OR r.key = $key)
  AND ((($a IS NULL OR (toLower(x.id) = toLower($a) OR $aKey IN x.nameKeys)) AND ($b IS NULL OR (toLower(y.id) = toLower($b) OR $bKey IN y.nameKeys)))
    OR (($a IS NULL OR (toLower(y.id) = toLower($a) OR $aKey IN y.nameKeys)) AND ($b IS NULL OR (toLower(x.id) = toLower($b) OR $bKey IN x.nameKeys))))
UNWIND range(0, size(r.evidenceSentences) - 1) AS i
OPTIONAL MATCH (source:Article {id: r.evidenceArticles[i]})
RETURN r.key AS edge, type(r) AS type, x.name AS source, y.name AS target, r.evidenceArticles[i] AS article, source.title AS title,
       r.evidenceStarts[i] AS startOffset, r.evidenceSentences[i] AS sentence, x, r, y
ORDER BY edge, article, startOffset, sentence
LIMIT $limit
