using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.QueryApi;

namespace GraphExplorer.Storage.Neo4j.Reading;

/// <summary>
/// Gives facts read from their relationships their evidence: the sentences of the <c>:Assertion</c> nodes (one per
/// fact and article) that carry their key (added to any a relationship in the older shape lists itself), ordered by article id, then offsets, then sentence, as the embedded store orders them.
/// </summary>
internal static class AssertionReader
{
    private const string ByKeys = """
        UNWIND $keys AS key
        MATCH (s:Assertion {fact: key})
        RETURN key, s.article AS article, s.sentences AS sentences, s.starts AS starts, s.ends AS ends
        """;

    private const string All = """
        MATCH (s:Assertion)
        RETURN s.fact AS key, s.article AS article, s.sentences AS sentences, s.starts AS starts, s.ends AS ends
        """;

    /// <summary>The facts with their evidence; <paramref name="everything"/> reads every assertion in one statement (for the whole graph).</summary>
    public static async Task<IReadOnlyList<Relationship>> WithEvidenceAsync(QueryApiClient client, IReadOnlyList<Relationship> facts, CancellationToken cancellationToken, bool everything = false)
    {
        if (facts.Count == 0)
        {
            return facts;
        }

        var statement = everything
            ? new Statement(All)
            : new Statement(ByKeys, new Dictionary<string, object?> { ["keys"] = facts.Select(f => f.Key).Distinct().ToList() });
        var result = await client.RunAsync(statement, cancellationToken);
        var evidence = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var key = (string)result.Value(row, "key")!;
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["sentences"] = result.Value(row, "sentences"),
                ["starts"] = result.Value(row, "starts"),
                ["ends"] = result.Value(row, "ends"),
            };
            (evidence.TryGetValue(key, out var list) ? list : evidence[key] = []).AddRange(GraphMapping.Evidence((string)result.Value(row, "article")!, properties));
        }

        return [.. facts.Select(f => f with { Evidence = Ordered(f.Evidence.Concat(evidence.GetValueOrDefault(f.Key) ?? [])) })];
    }

    private static List<Evidence> Ordered(IEnumerable<Evidence> evidence) =>
        [.. evidence.Distinct().OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Sentence, StringComparer.Ordinal)];
}
