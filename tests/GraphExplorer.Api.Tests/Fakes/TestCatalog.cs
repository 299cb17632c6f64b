using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Tests.Fakes;

/// <summary>Curated queries for the service tests, declared with the same header syntax as cypher/*.cypher.</summary>
internal static class TestCatalog
{
    public const string EgoNetworkCypher = """
        // name: ego-network
        // description: The entities around one entity, up to a depth.
        // param: entity entity — the centre (id, name or alias)
        // param: depth int = 1 [1..3] — hops from the centre
        // param: edgeTypes edgeTypes? — only these edge types
        // param: minConfidence float = 0 [0..1] — weakest edge kept
        // returns: one row per relationship (source, type, target, date); the subgraph
        MATCH (c:Entity) WHERE $entity IN [c.id, c.name] + c.aliases RETURN c
        """;

    public const string DatedEdgesCypher = """
        // name: dated-edges
        // description: Every edge, optionally between two dates.
        // param: from date? — earliest date, inclusive
        // param: to date? — latest date, inclusive
        // param: limit int = 100 [1..1000] — most rows returned
        // returns: one row per relationship (source, type, target, date); the subgraph
        MATCH (a:Entity)-[r]->(b:Entity) RETURN a, r, b LIMIT $limit
        """;

    public static QueryDefinition EgoNetwork { get; } = QueryCatalog.Parse(EgoNetworkCypher, "test:ego-network")!;

    public static QueryDefinition DatedEdges { get; } = QueryCatalog.Parse(DatedEdgesCypher, "test:dated-edges")!;

    public static QueryCatalog Create() => new([EgoNetwork, DatedEdges]);

    public static QueryCatalog WithoutEgoNetwork() => new([DatedEdges]);
}
