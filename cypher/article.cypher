// name: article
// title: Article
// description: The subgraph extracted from one article: the entities it mentions and the facts it states.
// param: article article — the article id (its file name stem)
// returns: one row per mentioned entity (label, name, id, facts: edges it is the source of that the article states) ordered by label, name, id; the entities and the article's edges
// graph: e, rels
// example: article=001_fa1c7ddbb58406ee
MATCH (:Article {id: $article})-[:MENTIONS]->(e:Entity)
WITH e, [(e)-[r]->(:Entity) WHERE $article IN r.evidenceArticles | r] AS rels
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.name AS name, e.id AS id, size(rels) AS facts, e, rels
ORDER BY label, name, id
