// name: border-actors
// title: Border actors
// description: Persons, organizations and countries within two fact edges of a border, with the nodes they are linked through.
// param: border entity? — only this border (id, name or alias); all borders when absent
// param: limit int = 200 [1..1000] — most rows returned
// returns: one row per border and actor (border, actor, label, hops, via: names of the middle nodes of two-hop links) ordered by border, hops, actor; the shortest links as paths
// graph: b, x, shortest
// example: border=Iraq–Iran border
// column: hops — 1 when the actor has a fact edge with the border itself, 2 when it is linked through one other entity (named under via)
// The border asked for is found by index ("$border IS NULL OR …" in one WHERE would read every border).
CALL () {
  WITH $border AS border WHERE border IS NOT NULL
  MATCH (b:Entity) WHERE (b.id IN [border, toLower(border)] OR b.nameKeyText CONTAINS (',' + $borderKey + ',')) AND b:Border
  RETURN b
  UNION
  WITH $border AS border WHERE border IS NULL
  MATCH (b:Border)
  RETURN b
}
MATCH p = (b)-[:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS*1..2]-(x:Entity)
WHERE x <> b AND (x:Person OR x:Organization OR x:Country)
WITH b, x, min(length(p)) AS hops, collect(p) AS paths
WITH b, x, hops, [q IN paths WHERE length(q) = hops] AS shortest
RETURN b.name AS border, x.name AS actor, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, hops,
       COLLECT { UNWIND shortest AS q WITH q WHERE length(q) = 2 RETURN DISTINCT nodes(q)[1].name AS name ORDER BY name } AS via,
       b, x, shortest
ORDER BY border, hops, actor, b.id, x.id
LIMIT $limit
