// name: agreements
// title: Agreements
// description: Agreements with who signed them, the parties, what they concern, the earliest stated date and the evidence.
// param: agreement entity? — only this agreement (id, name or alias)
// param: limit int = 100 [1..1000] — most rows returned
// returns: one row per agreement (agreement, signatories, parties, concerns, date, articles, sentences) ordered by name; the agreements with their SIGNED, PARTY_TO and CONCERNS edges
// graph: g, rels, others
// example: (the defaults)
// The agreement asked for is found by index ("$agreement IS NULL OR …" in one WHERE would read every agreement).
CALL () {
  WITH $agreement AS agreement WHERE agreement IS NOT NULL
  MATCH (g:Entity) WHERE (g.id IN [agreement, toLower(agreement)] OR g.nameKeyText CONTAINS (',' + $agreementKey + ',')) AND g:Agreement
  RETURN g
  UNION
  WITH $agreement AS agreement WHERE agreement IS NULL
  MATCH (g:Agreement)
  RETURN g
}
OPTIONAL MATCH (g)-[r:SIGNED|PARTY_TO|CONCERNS]-(x:Entity)
WITH g, collect(r) AS rels, collect(x) AS others
RETURN g.name AS agreement,
       COLLECT { MATCH (s:Entity)-[:SIGNED]->(g) RETURN s.name AS name ORDER BY name } AS signatories,
       COLLECT { MATCH (s:Entity)-[:PARTY_TO]->(g) RETURN s.name AS name ORDER BY name } AS parties,
       COLLECT { MATCH (g)-[:CONCERNS]->(s:Entity) RETURN s.name AS name ORDER BY name } AS concerns,
       toString(COLLECT { UNWIND rels AS r WITH r WHERE r.date IS NOT NULL RETURN r.date AS day ORDER BY day LIMIT 1 }[0]) AS date,
       COLLECT { UNWIND rels AS r MATCH (s:Assertion {fact: r.key}) RETURN DISTINCT s.article AS id ORDER BY id } AS articles,
       COLLECT { UNWIND rels AS r MATCH (s:Assertion {fact: r.key}) UNWIND range(0, size(s.sentences) - 1) AS i
                 WITH DISTINCT s.article AS id, s.starts[i] AS startOffset, s.sentences[i] AS sentence
                 RETURN sentence ORDER BY id, startOffset, sentence } AS sentences,
       g, rels, others
ORDER BY agreement, g.id
LIMIT $limit
