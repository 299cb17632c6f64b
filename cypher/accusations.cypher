// name: accusations
// title: Accusations
// description: Who accused whom of what, with the date and the sentences that report it.
// param: accuser entity? — only accusations made by this entity (id, name or alias)
// param: accused entity? — only accusations against this entity (id, name or alias)
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per accusation (accuser, accused, allegation, date, articles, sentences) ordered by names; the accusations with their endpoints
// graph: x, r, y
// example: accuser=Iran
MATCH (x:Entity)-[r:ACCUSED]->(y:Entity)
WHERE ($accuser IS NULL OR (toLower(x.id) = toLower($accuser) OR $accuserKey IN x.nameKeys))
  AND ($accused IS NULL OR (toLower(y.id) = toLower($accused) OR $accusedKey IN y.nameKeys))
RETURN x.name AS accuser, y.name AS accused, r.allegation AS allegation, toString(r.date) AS date,
       r.evidenceArticles AS articles, r.evidenceSentences AS sentences, x, r, y
ORDER BY accuser, accused, r.key
LIMIT $limit
