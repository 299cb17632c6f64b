using GraphExplorer.Core.Queries;
using GraphExplorer.Storage.Neo4j.QueryApi;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// key-actors computes betweenness exactly in Cypher, with one bounded allShortestPaths per pair of entities that have
/// an edge: its cost grows with the square of their number (185 such entities take seconds; 100 000 would take days).
/// Past <see cref="MaxEntities"/> the query is refused at once, in one line naming the parameter, as the embedded
/// store refuses past its own bound, instead of running until the request times out.
/// </summary>
internal static class KeyActorsBound
{
    /// <summary>The most entities with an edge that key-actors takes on Neo4j (some 320 000 pairs: 185 take about 3 s under load, and the cost grows with the pairs).</summary>
    public const int MaxEntities = 800;

    public const string QueryName = "key-actors";

    /// <summary>Counts at most one more than the bound, so the check stays cheap on a large graph.</summary>
    private const string CountLinked = """
        MATCH (s:Entity)
        WHERE EXISTS { (s)-[r:MET_WITH|SIGNED|ACCUSED|ATTACKED|FOUGHT|VISITED|HOLDS_ROLE|BACKED_BY|PARTY_TO|COOPERATES_WITH|CONCERNS]-(:Entity) WHERE $edgeTypes IS NULL OR type(r) IN $edgeTypes }
        WITH s LIMIT $cap
        RETURN count(s) AS linked
        """;

    /// <exception cref="QueryParameterException">More entities with an edge than the bound.</exception>
    public static async Task CheckAsync(QueryApiClient client, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(
            new Statement(CountLinked, new Dictionary<string, object?> { ["edgeTypes"] = parameters.GetValueOrDefault("edgeTypes"), ["cap"] = MaxEntities + 1 }),
            cancellationToken);
        if (result.Single("linked") is long linked && linked > MaxEntities)
        {
            throw new QueryParameterException("limit", $"cannot be answered exactly on more than {MaxEntities} entities with edges; Neo4j computes betweenness pair by pair, for at most {MaxEntities}");
        }
    }
}
