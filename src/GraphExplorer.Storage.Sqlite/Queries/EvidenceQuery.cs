using GraphExplorer.Storage.Sqlite.Schema;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>evidence: the sentences and articles behind one edge (by key) and/or between entities a and b (either direction).</summary>
internal sealed class EvidenceQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["edge", "type", "source", "target", "article", "title", "startOffset", "sentence"];

    public string Name => "evidence";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var key = context.Arguments.GetString("key");
        var a = await context.ResolveOptionalAsync("a", cancellationToken);
        var b = await context.ResolveOptionalAsync("b", cancellationToken);
        if (a is { Count: 0 } || b is { Count: 0 })
        {
            return context.Empty(Columns);
        }

        var keys = await CandidatesAsync(context, key, a ?? b, cancellationToken);
        var matching = keys
            .Select(k => (Key: k, Parts: k.Split('|')))
            .Where(k => k.Parts.Length == 3 && (Ends(a, k.Parts[1]) && Ends(b, k.Parts[2]) || Ends(a, k.Parts[2]) && Ends(b, k.Parts[1])))
            .Select(k => k.Key);

        using var command = context.Connection.Command(
            """
            SELECT r.key, r.type, x.name, y.name, s.article_id, t.title, e.start, e.sentence
            FROM relationships r
            JOIN entities x ON x.id = r.source_id JOIN entities y ON y.id = r.target_id
            JOIN assertions s ON s.relationship_key = r.key JOIN articles t ON t.id = s.article_id
            JOIN evidence e ON e.assertion_id = s.id
            WHERE r.key IN (SELECT value FROM json_each(@keys))
            ORDER BY r.key, s.article_id, e.start, e.sentence
            LIMIT @limit
            """)
            .With("@keys", CommandExtensions.JsonList(matching))
            .With("@limit", context.Limit);
        var rows = new List<IReadOnlyList<object?>>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add([reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.GetString(7)]);
            }
        }

        var graph = await context.Loader.SubgraphAsync([], rows.Select(r => (string)r[0]!), cancellationToken);
        return context.Result(Columns, rows, graph);
    }

    private static bool Ends(HashSet<string>? allowed, string id) => allowed is null || allowed.Contains(id);

    /// <summary>Keys to consider, found through an index: the key itself, or the edges at one named end, or every edge.</summary>
    private static async Task<List<string>> CandidatesAsync(QueryContext context, string? key, HashSet<string>? end, CancellationToken cancellationToken)
    {
        if (key is not null)
        {
            return await context.KeysAsync("r.key = @key", cancellationToken, ("@key", key));
        }

        return end is null
            ? await context.KeysAsync("1 = 1", cancellationToken)
            : await context.KeysAsync(
                "r.key IN (SELECT key FROM relationships WHERE source_id IN (SELECT value FROM json_each(@ids)) UNION SELECT key FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids)))",
                cancellationToken,
                ("@ids", CommandExtensions.JsonList(end)));
    }
}
