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

// Fact keys, for the evidence query and for re-aggregation on write: one index per edge type.
CREATE INDEX met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.key);
CREATE INDEX signed_key IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.key);
CREATE INDEX accused_key IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.key);
CREATE INDEX attacked_key IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.key);
CREATE INDEX fought_key IF NOT EXISTS FOR ()-[r:FOUGHT]-() ON (r.key);
CREATE INDEX visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.key);
CREATE INDEX holds_role_key IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.key);
CREATE INDEX backed_by_key IF NOT EXISTS FOR ()-[r:BACKED_BY]-() ON (r.key);
CREATE INDEX party_to_key IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.key);
CREATE INDEX cooperates_with_key IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.key);
CREATE INDEX concerns_key IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.key);

// Dated facts, for the timeline and date-range filters.
CREATE INDEX met_with_date IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.date);

// Sources are relative to the ingested folder. Older versions stored the server path: of those only the file
// name is kept (the folder is not known any more), and failure records holding one are dropped (the next
// ingest of that file records it again, under its relative source).
MATCH (a:Article) WHERE a.source STARTS WITH '/' OR a.source STARTS WITH '\\' OR a.source STARTS WITH '~' OR a.source =~ '(?i)^(file:|[a-z]:).*' OR a.source CONTAINS '../' OR a.source CONTAINS '..\\'
SET a.source = last([part IN split(replace(a.source, '\\', '/'), '/') WHERE part <> '' AND part <> '..']);
MATCH (f:IngestFailure) WHERE f.source STARTS WITH '/' OR f.source STARTS WITH '\\' OR f.source STARTS WITH '~' OR f.source =~ '(?i)^(file:|[a-z]:).*' OR f.source CONTAINS '../' OR f.source CONTAINS '..\\'
DELETE f;
