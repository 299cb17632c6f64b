using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>One fact edge seen from one endpoint.</summary>
/// <param name="Neighbor">The other endpoint.</param>
/// <param name="Key">The relationship key.</param>
/// <param name="Type">The edge type name.</param>
/// <param name="Confidence">The aggregated (maximum) confidence.</param>
internal readonly record struct Edge(string Neighbor, string Key, string Type, double Confidence);

/// <summary>
/// Undirected neighbourhoods read through the covering indexes of <c>relationships</c>, one prepared
/// command, cached per query run.
/// </summary>
internal sealed class GraphAdjacency : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand command;
    private readonly Dictionary<string, Edge[]> cache = new(StringComparer.Ordinal);

    public GraphAdjacency(SqliteConnection connection)
    {
        this.connection = connection;
        command = connection.Command(
            """
            SELECT target_id, type, confidence, 1 FROM relationships WHERE source_id = @id
            UNION ALL
            SELECT source_id, type, confidence, 0 FROM relationships WHERE target_id = @id
            """).With("@id", null);
        command.Prepare();
    }

    /// <summary>Every fact edge at <paramref name="id"/>, in key order.</summary>
    public Edge[] Edges(string id)
    {
        if (cache.TryGetValue(id, out var edges))
        {
            return edges;
        }

        command.Set("@id", id);
        var list = new List<Edge>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var neighbor = reader.GetString(0);
                var type = reader.GetString(1);
                var outgoing = reader.GetInt64(3) == 1;
                var key = outgoing ? Relationship.KeyOf(type, id, neighbor) : Relationship.KeyOf(type, neighbor, id);
                list.Add(new Edge(neighbor, key, type, reader.GetDouble(2)));
            }
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        edges = [.. list];
        cache[id] = edges;
        return edges;
    }

    /// <summary>Loads the edges of many nodes in one statement (a whole search frontier), so later lookups hit the cache.</summary>
    public void Prefetch(IEnumerable<string> ids)
    {
        var wanted = ids.Where(id => !cache.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count < 2)
        {
            return;
        }

        using var batch = connection.Command(
            """
            SELECT source_id, target_id, type, confidence, 1 FROM relationships WHERE source_id IN (SELECT value FROM json_each(@ids))
            UNION ALL
            SELECT source_id, target_id, type, confidence, 0 FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids))
            """).With("@ids", CommandExtensions.JsonList(wanted));
        var found = wanted.ToDictionary(id => id, _ => new List<Edge>(), StringComparer.Ordinal);
        using (var reader = batch.ExecuteReader())
        {
            while (reader.Read())
            {
                var source = reader.GetString(0);
                var target = reader.GetString(1);
                var type = reader.GetString(2);
                var (node, neighbor) = reader.GetInt64(4) == 1 ? (source, target) : (target, source);
                found[node].Add(new Edge(neighbor, Relationship.KeyOf(type, source, target), type, reader.GetDouble(3)));
            }
        }

        foreach (var (id, list) in found)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            cache[id] = [.. list];
        }
    }

    /// <summary>The edges at <paramref name="id"/> that pass a type filter (null = all) and a confidence floor.</summary>
    public IEnumerable<Edge> Edges(string id, IReadOnlyCollection<string>? types, double minConfidence = 0) =>
        Edges(id).Where(e => (types is null || types.Contains(e.Type)) && e.Confidence >= minConfidence);

    public void Dispose() => command.Dispose();
}
