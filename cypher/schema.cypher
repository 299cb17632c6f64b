// The Neo4j schema of GraphExplorer (see GRAPH-SHAPE.md). Applied at every start by the Neo4j store:
// statements are separated by ';' and each is idempotent (IF NOT EXISTS, or a rewrite of old data that finds
// nothing to rewrite the second time). This file has no 'name:'
// header line, so the query catalog does not take it for a curated query.

// Entity ids are unique; the constraint also gives MERGE (e:Entity {id: …}) its index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// Article ids (file name stems) are unique.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// One failure record per source path or URL.
CREATE CONSTRAINT ingest_failure_source IF NOT EXISTS FOR (f:IngestFailure) REQUIRE f.source IS UNIQUE;

// Names and aliases for the typo-tolerant search query (db.index.fulltext.queryNodes('entity_names', …)).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];

// Exact name lookups.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// Entity arguments and alias resolution find entities by name key. No Neo4j 5 index serves "$key IN e.nameKeys" (a list
// property is filtered node by node: every entity read), so the keys are also kept as one string between commas
// (nameKeyText = ',key1,key2,'; no key holds a comma) and "e.nameKeyText CONTAINS ',' + $key + ','" is answered by this
// trigram text index.
CREATE TEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON (e.nameKeyText);

// identity keys (IEntityIdentityKeys: an agreement's parties and proper names) between commas, made by the store
CREATE TEXT INDEX entity_identity_keys IF NOT EXISTS FOR (e:Entity) ON (e.identityKeyText);

// Facts are always found from their two endpoints (the key is TYPE|source|target: two unique-index seeks and an
// Expand(Into)), never by key alone, so relationship key indexes only cost writes (a third of a fact row's processor
// time on the server); stores that have them lose them.
DROP INDEX met_with_key IF EXISTS;
DROP INDEX signed_key IF EXISTS;
DROP INDEX accused_key IF EXISTS;
DROP INDEX attacked_key IF EXISTS;
DROP INDEX fought_key IF EXISTS;
DROP INDEX visited_key IF EXISTS;
DROP INDEX holds_role_key IF EXISTS;
DROP INDEX backed_by_key IF EXISTS;
DROP INDEX party_to_key IF EXISTS;
DROP INDEX cooperates_with_key IF EXISTS;
DROP INDEX concerns_key IF EXISTS;

// Evidence: one :Assertion node per fact and article that states it ({fact: the relationship's key, article, the
// article's date, dateKind, placeId, title, allegation, confidence, and its evidence as the parallel lists sentences,
// starts, ends}). Saving an article writes its own assertions and never rewrites another article's, so a write costs
// the same however many articles already cite the fact. Found by fact (a relationship's evidence) and by article
// (what an article states, replaced when it changes).
CREATE INDEX assertion_fact IF NOT EXISTS FOR (s:Assertion) ON (s.fact);
CREATE INDEX assertion_article IF NOT EXISTS FOR (s:Assertion) ON (s.article);

// Dated facts, for the timeline and date-range filters.
CREATE INDEX met_with_date IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.date);

// Sources are relative to the ingested folder. Older versions stored the server path: of those only the file
// name is kept (the folder is not known any more), and failure records holding one are dropped (the next
// ingest of that file records it again, under its relative source).
MATCH (a:Article) WHERE a.source STARTS WITH '/' OR a.source STARTS WITH '\\' OR a.source STARTS WITH '~' OR a.source =~ '(?i)^(file:|[a-z]:).*' OR a.source CONTAINS '../' OR a.source CONTAINS '..\\'
SET a.source = last([part IN split(replace(a.source, '\\', '/'), '/') WHERE part <> '' AND part <> '..']);
MATCH (f:IngestFailure) WHERE f.source STARTS WITH '/' OR f.source STARTS WITH '\\' OR f.source STARTS WITH '~' OR f.source =~ '(?i)^(file:|[a-z]:).*' OR f.source CONTAINS '../' OR f.source CONTAINS '..\\'
DELETE f;

// Stores written before assertions (and a neo4j-csv export loaded by neo4j-admin as it is) keep a fact's evidence in the
// lists evidenceArticles, evidenceSentences, evidenceStarts, evidenceEnds: each article's entries become its :Assertion,
// with the fact's aggregate attributes standing for its own (the per-article ones were not kept apart), and the
// relationship gains the aggregate's bookkeeping (how many articles, which gave the place, title and allegation). Done
// once: the :StoreFormat node says so, and the scan of every relationship is not repeated at each start.
CALL () { OPTIONAL MATCH (f:StoreFormat {evidence: 'assertions'}) RETURN count(f) AS migrated }
WITH migrated WHERE migrated = 0
MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL AND r.evidenceArticles IS NOT NULL
CALL (r) {
  UNWIND range(0, size(r.evidenceArticles) - 1) AS i
  WITH r, i ORDER BY r.evidenceArticles[i], r.evidenceStarts[i], r.evidenceEnds[i], r.evidenceSentences[i]
  WITH r, r.evidenceArticles[i] AS article, collect(i) AS items
  CREATE (:Assertion {fact: r.key, article: article, date: r.date, dateKind: r.dateKind, placeId: r.placeId, title: r.title,
          allegation: r.allegation, confidence: coalesce(r.confidence, 1.0), sentences: [i IN items | r.evidenceSentences[i]],
          starts: [i IN items | r.evidenceStarts[i]], ends: [i IN items | r.evidenceEnds[i]]})
  RETURN reduce(first = null, a IN collect(article) | CASE WHEN first IS NULL OR a < first THEN a ELSE first END) AS first, count(*) AS articles
}
SET r.assertions = articles,
    r.placeArticle = CASE WHEN r.placeId IS NULL THEN null ELSE first END,
    r.titleArticle = CASE WHEN r.title IS NULL THEN null ELSE first END,
    r.allegationArticle = CASE WHEN r.allegation IS NULL THEN null ELSE first END,
    r.confidence = coalesce(r.confidence, 1.0)
REMOVE r.evidenceArticles, r.evidenceSentences, r.evidenceStarts, r.evidenceEnds, r.contributions;
MERGE (:StoreFormat {evidence: 'assertions'});

// Stores written before nameKeyText gain it from their nameKeys, once (the :StoreFormat node says so).
CALL () { OPTIONAL MATCH (f:StoreFormat {nameKeys: 'text'}) RETURN count(f) AS migrated }
WITH migrated WHERE migrated = 0
MATCH (e:Entity) WHERE e.nameKeyText IS NULL AND size(e.nameKeys) > 0
SET e.nameKeyText = ',' + reduce(text = head(e.nameKeys), key IN tail(e.nameKeys) | text + ',' + key) + ',';
MERGE (:StoreFormat {nameKeys: 'text'});
