// name: agreements
// title: Agreements
// description: Agreements with who signed them, the parties, what they concern, the earliest stated date and the evidence.
// param: agreement entity? — only this agreement (id, name or alias)
// param: limit int = 100 [1..1000] — most rows returned
// returns: one row per agreement (agreement, signatories, parties, concerns, date, articles, sentences) ordered by name; the agreements with their SIGNED, PARTY_TO and CONCERNS edges
// graph: g, rels, others
// example: (the defaults)
MATCH (g:Agreement)
WHERE $agreement IS NULL OR (toLower(g.id) = toLower($agreement) OR $agreementKey IN g.nameKeys)
OPTIONAL MATCH (g)-[r:SIGNED|PARTY_TO|CONCERNS]-(x:Entity)
WITH g, collect(r) AS rels, collect(x) AS others
RETURN g.name AS agreement,
       COLLECT { MATCH (s:Entity)-[:SIGNED]->(g) RETURN s.name AS name ORDER BY name } AS signatories,
       COLLECT { MATCH (s:Entity)-[:PARTY_TO]->(g) RETURN s.name AS name ORDER BY name } AS parties,
       COLLECT { MATCH (g)-[:CONCERNS]->(s:Entity) RETURN s.name AS name ORDER BY name } AS concerns,
       toString(COLLECT { UNWIND rels AS r WITH r WHERE r.date IS NOT NULL RETURN r.date AS day ORDER BY day LIMIT 1 }[0]) AS date,
       COLLECT { UNWIND rels AS r UNWIND r.evidenceArticles AS id RETURN DISTINCT id ORDER BY id } AS articles,
       COLLECT { UNWIND rels AS r UNWIND range(0, size(r.evidenceSentences) - 1) AS i
                 WITH DISTINCT r.evidenceArticles[i] AS id, r.evidenceStarts[i] AS startOffset, r.evidenceSentences[i] AS sentence
                 RETURN sentence ORDER BY id, startOffset, sentence } AS sentences,
       g, rels, others
ORDER BY agreement, g.id
LIMIT $limit
