using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Reading;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>One fact edge seen from one endpoint, with the fact's aggregated attributes.</summary>
/// <param name="Neighbor">The other endpoint.</param>
/// <param name="Key">The relationship key.</param>
/// <param name="Type">The edge type name.</param>
/// <param name="Confidence">The aggregated (maximum) confidence.</param>
internal readonly record struct Edge(string Neighbor, string Key, string Type, double Confidence)
{
    /// <summary>True when the viewing endpoint is the relationship's source.</summary>
    public bool Outgoing { get; init; }

    public string? Date { get; init; }

    /// <summary>"stated" or "reported" (<see cref="DateKinds"/>), with a date.</summary>
    public string? DateKind { get; init; }

    public string? PlaceId { get; init; }

    public string? Title { get; init; }

    public string? Allegation { get; init; }

    /// <summary>
    /// The relationship with every attribute, as seen from <paramref name="node"/> (the endpoint this edge was read at),
    /// without its evidence: <see cref="GraphLoader.WithEvidenceAsync"/> reads that for all the edges a query returns.
    /// </summary>
    public Relationship ToRelationship(string node) =>
        new(Type, Outgoing ? node : Neighbor, Outgoing ? Neighbor : node, [])
        {
            Date = Date is null ? null : StoredDates.Parse(Date),
            DateKind = DateKinds.Parse(DateKind),
            PlaceId = PlaceId,
            Title = Title,
            Allegation = Allegation,
            Confidence = Confidence,
        };
}

/// <summary>
/// Undirected neighbourhoods, cached per query run; a whole frontier can be read in one statement. The full view
/// reads the node-clustered <c>adjacency</c> table (one contiguous range per node, every attribute but the evidence);
/// the light view reads only the compact covering endpoint indexes of <c>relationships</c> (key, type, confidence),
/// which is what path searches need.
/// </summary>
internal sealed class GraphAdjacency : IDisposable
{
    private const string FullColumns = "neighbor_id, key, type, confidence, outgoing, date, place_id, title, allegation, date_kind";

    private const string LightSource =
        """
        SELECT source_id AS node_id, target_id AS neighbor_id, key, type, confidence, 1 AS outgoing, NULL AS date, NULL AS place_id,
               NULL AS title, NULL AS allegation, NULL AS date_kind FROM relationships WHERE source_id IN (SELECT value FROM json_each(@ids))
        UNION ALL
        SELECT target_id, source_id, key, type, confidence, 0, NULL, NULL, NULL, NULL, NULL FROM relationships WHERE target_id IN (SELECT value FROM json_each(@ids))
        """;

    private readonly string select;

    private readonly SqliteConnection connection;
    private readonly SqliteCommand command;
    private readonly Dictionary<string, Edge[]> cache = new(StringComparer.Ordinal);

    public GraphAdjacency(SqliteConnection connection, bool full)
    {
        this.connection = connection;
        select = full
            ? $"SELECT node_id, {FullColumns} FROM adjacency WHERE node_id IN (SELECT value FROM json_each(@ids))"
            : $"SELECT node_id, {FullColumns} FROM ({LightSource})";
        command = connection.Command(select).With("@ids", null);
        command.Prepare();
    }

    /// <summary>Every fact edge at <paramref name="id"/>, in key order.</summary>
    public Edge[] Edges(string id)
    {
        if (cache.TryGetValue(id, out var edges))
        {
            return edges;
        }

        command.Set("@ids", CommandExtensions.JsonList([id]));
        var list = new List<Edge>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                list.Add(Read(reader, 1));
            }
        }

        edges = Sorted(list);
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

        using var batch = connection.Command(select).With("@ids", CommandExtensions.JsonList(wanted));
        var found = wanted.ToDictionary(id => id, _ => new List<Edge>(), StringComparer.Ordinal);
        using (var reader = batch.ExecuteReader())
        {
            while (reader.Read())
            {
                found[reader.GetString(0)].Add(Read(reader, 1));
            }
        }

        foreach (var (id, list) in found)
        {
            cache[id] = Sorted(list);
        }
    }

    /// <summary>
    /// The edges joining a node of <paramref name="from"/> to a node of <paramref name="to"/>, each as (from-node, edge
    /// seen from it). Read in SQLite without building the edges of <paramref name="from"/> that lead elsewhere.
    /// </summary>
    public List<(string Node, Edge Edge)> EdgesBetween(IReadOnlyCollection<string> from, IReadOnlyCollection<string> to)
    {
        // the unary + keeps SQLite on one endpoint index per half, filtering the other end instead of probing every pair
        using var between = connection.Command(
            """
            SELECT source_id, target_id, key, type, confidence, 1 FROM relationships
            WHERE source_id IN (SELECT value FROM json_each(@from)) AND +target_id IN (SELECT value FROM json_each(@to))
            UNION ALL
            SELECT target_id, source_id, key, type, confidence, 0 FROM relationships
            WHERE target_id IN (SELECT value FROM json_each(@from)) AND +source_id IN (SELECT value FROM json_each(@to))
            """).With("@from", CommandExtensions.JsonList(from)).With("@to", CommandExtensions.JsonList(to));
        var found = new List<(string, Edge)>();
        using var reader = between.ExecuteReader();
        while (reader.Read())
        {
            found.Add((reader.GetString(0), new Edge(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4)) { Outgoing = reader.GetInt64(5) == 1 }));
        }

        return found;
    }

    /// <summary>The edges at <paramref name="id"/> that pass a type filter (null = all) and a confidence floor.</summary>
    public IEnumerable<Edge> Edges(string id, IReadOnlyCollection<string>? types, double minConfidence = 0) =>
        Edges(id).Where(e => (types is null || types.Contains(e.Type)) && e.Confidence >= minConfidence);

    public void Dispose() => command.Dispose();

    private static Edge Read(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.GetDouble(first + 3))
        {
            Outgoing = reader.GetInt64(first + 4) == 1,
            Date = reader.GetNullableString(first + 5),
            PlaceId = reader.GetNullableString(first + 6),
            Title = reader.GetNullableString(first + 7),
            Allegation = reader.GetNullableString(first + 8),
            DateKind = reader.GetNullableString(first + 9),
        };

    private static Edge[] Sorted(List<Edge> list)
    {
        list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return [.. list];
    }
}
