using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Reading;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>What an embedded query runs with: an open connection, its definition and validated arguments.</summary>
internal sealed class QueryContext(SqliteConnection connection, QueryDefinition query, QueryArgumentDictionary arguments) : IDisposable
{
    private GraphAdjacency? adjacency;
    private GraphAdjacency? fullAdjacency;

    public SqliteConnection Connection => connection;

    public QueryDefinition Query => query;

    public QueryArgumentDictionary Arguments => arguments;

    public GraphLoader Loader { get; } = new(connection);

    /// <summary>Edges with key, type and confidence only: for path searches.</summary>
    public GraphAdjacency Adjacency => adjacency ??= new GraphAdjacency(connection, full: false);

    /// <summary>Edges with every attribute (the evidence is read for the edges returned): for traversals that return the edges they cross.</summary>
    public GraphAdjacency FullAdjacency => fullAdjacency ??= new GraphAdjacency(connection, full: true);

    /// <summary>The <c>limit</c> argument.</summary>
    public int Limit => (int)arguments.GetInt("limit");

    /// <summary>
    /// The entities a parameter value names: the id (case-insensitively) or any entity whose name or alias
    /// has the same <see cref="NameKey.Normalize"/> key. Empty when nothing matches.
    /// </summary>
    public async Task<HashSet<string>> ResolveAsync(string raw, CancellationToken cancellationToken)
    {
        using var command = connection.Command(
            """
            SELECT id FROM entities WHERE id = @raw OR id = @lower
            UNION SELECT entity_id FROM entity_name_keys WHERE name_key = @key
            """).With("@raw", raw).With("@lower", raw.ToLowerInvariant()).With("@key", NameKey.Normalize(raw));
        return [.. await command.ReadStringsAsync(cancellationToken)];
    }

    /// <summary>Resolves an optional entity parameter: null when the argument is absent.</summary>
    public async Task<HashSet<string>?> ResolveOptionalAsync(string parameter, CancellationToken cancellationToken) =>
        arguments.GetString(parameter) is { } raw ? await ResolveAsync(raw, cancellationToken) : null;

    public QueryResult Result(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, Subgraph graph) =>
        new(query.Name, arguments, columns, [.. rows], graph);

    public QueryResult Empty(IReadOnlyList<string> columns) => Result(columns, [], Subgraph.Empty);

    /// <summary>Names of these entities by id (missing ids are left out).</summary>
    public async Task<Dictionary<string, Entity>> EntitiesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await Loader.EntitiesAsync(ids, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>Keys of the relationships at any of these entities (through the endpoint indexes), optionally of one type.</summary>
    public Task<List<string>> KeysAtAsync(IReadOnlyCollection<string> ids, string? type, CancellationToken cancellationToken) =>
        KeysAsync(
            """
            r.key IN (SELECT key FROM relationships WHERE source_id IN (SELECT value FROM json_each(@ids))
                      UNION SELECT key FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids)))
            AND (@type IS NULL OR r.type = @type)
            """,
            cancellationToken,
            ("@ids", CommandExtensions.JsonList(ids)),
            ("@type", type));

    /// <summary>Keys of relationships matching an SQL condition over <c>relationships r</c>, with parameters.</summary>
    public async Task<List<string>> KeysAsync(string condition, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command($"SELECT r.key FROM relationships r WHERE {condition}");
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await command.ReadStringsAsync(cancellationToken);
    }

    public void Dispose()
    {
        adjacency?.Dispose();
        fullAdjacency?.Dispose();
    }
}
