using GraphExplorer.Storage.Sqlite.Schema;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>evidence: the sentences and articles behind one edge (by key) and/or between entities a and b (either direction).</summary>
internal sealed class EvidenceQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["edge", "type", "source", "target", "article", "title", "startOffset", "sentence"];

    public string Name => "evidence";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var a = await context.ResolveOptionalAsync("a", cancellationToken);
        var b = await context.ResolveOptionalAsync("b", cancellationToken);
        if (a is { Count: 0 } || b is { Count: 0 })
        {
            return context.Empty(Columns);
        }

        using var command = context.Connection.Command(
            """
            SELECT r.key, r.type, x.name, y.name, s.article_id, t.title, e.start, e.sentence
            FROM relationships r
            JOIN entities x ON x.id = r.source_id JOIN entities y ON y.id = r.target_id
            JOIN assertions s ON s.relationship_key = r.key JOIN articles t ON t.id = s.article_id
            JOIN evidence e ON e.assertion_id = s.id
            WHERE (@key IS NULL OR r.key = @key)
              AND (((@a IS NULL OR r.source_id IN (SELECT value FROM json_each(@a))) AND (@b IS NULL OR r.target_id IN (SELECT value FROM json_each(@b))))
                OR ((@a IS NULL OR r.target_id IN (SELECT value FROM json_each(@a))) AND (@b IS NULL OR r.source_id IN (SELECT value FROM json_each(@b)))))
            ORDER BY r.key, s.article_id, e.start, e.sentence
            LIMIT @limit
            """)
            .With("@key", context.Arguments.GetString("key"))
            .With("@a", a is null ? null : CommandExtensions.JsonList(a))
            .With("@b", b is null ? null : CommandExtensions.JsonList(b))
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
}
