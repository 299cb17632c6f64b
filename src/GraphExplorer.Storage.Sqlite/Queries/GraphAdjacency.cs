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
/// which is what path searches need. One statement, prepared once per query run and read by position
/// (<see cref="PositionalStatement"/>): a search reads hundreds of rows per frontier, and Microsoft.Data.Sqlite's reader
/// cost several native calls per column.
/// </summary>
internal sealed class GraphAdjacency : IDisposable
{
    private const string FullSelect =
        """
        SELECT node_id, neighbor_id, key, type, confidence, outgoing, date, place_id, title, allegation, date_kind
        FROM adjacency WHERE node_id IN (SELECT value FROM json_each(?1))
        """;

    private const string LightSelect =
        """
        SELECT source_id, target_id, key, type, confidence, 1 FROM relationships WHERE source_id IN (SELECT value FROM json_each(?1))
        UNION ALL
        SELECT target_id, source_id, key, type, confidence, 0 FROM relationships WHERE target_id IN (SELECT value FROM json_each(?1))
        """;

    // the unary + keeps SQLite on one endpoint index per half, filtering the other end instead of probing every pair
    private const string BetweenSelect =
        """
        SELECT source_id, target_id, key, type, confidence, 1 FROM relationships
        WHERE source_id IN (SELECT value FROM json_each(?1)) AND +target_id IN (SELECT value FROM json_each(?2))
        UNION ALL
        SELECT target_id, source_id, key, type, confidence, 0 FROM relationships
        WHERE target_id IN (SELECT value FROM json_each(?1)) AND +source_id IN (SELECT value FROM json_each(?2))
        """;

    private readonly SqliteConnection connection;
    private readonly bool full;
    private readonly PositionalStatement statement;
    private readonly Dictionary<string, Edge[]> cache = new(StringComparer.Ordinal);
    private PositionalStatement? between;

    public GraphAdjacency(SqliteConnection connection, bool full)
    {
        this.connection = connection;
        this.full = full;
        statement = new PositionalStatement(connection, full ? FullSelect : LightSelect);
    }

    /// <summary>Every fact edge at <paramref name="id"/>, in key order.</summary>
    public Edge[] Edges(string id)
    {
        if (cache.TryGetValue(id, out var edges))
        {
            return edges;
        }

        var list = new List<Edge>();
        statement.Text(1, CommandExtensions.JsonList([id]));
        while (statement.Next())
        {
            list.Add(Read());
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

        var found = wanted.ToDictionary(id => id, _ => new List<Edge>(), StringComparer.Ordinal);
        statement.Text(1, CommandExtensions.JsonList(wanted));
        while (statement.Next())
        {
            found[statement.ColumnText(0)!].Add(Read());
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
        between ??= new PositionalStatement(connection, BetweenSelect);
        between.Text(1, CommandExtensions.JsonList(from));
        between.Text(2, CommandExtensions.JsonList(to));
        var found = new List<(string, Edge)>();
        while (between.Next())
        {
            found.Add((between.ColumnText(0)!, new Edge(between.ColumnText(1)!, between.ColumnText(2)!, between.ColumnText(3)!, between.ColumnReal(4)) { Outgoing = between.ColumnInteger(5) == 1 }));
        }

        return found;
    }

    /// <summary>The edges at <paramref name="id"/> that pass a type filter (null = all) and a confidence floor.</summary>
    public IEnumerable<Edge> Edges(string id, IReadOnlyCollection<string>? types, double minConfidence = 0) =>
        Edges(id).Where(e => (types is null || types.Contains(e.Type)) && e.Confidence >= minConfidence);

    public void Dispose()
    {
        statement.Dispose();
        between?.Dispose();
    }

    /// <summary>The current row as an edge: neighbor, key, type, confidence, outgoing, then (full view) the attributes.</summary>
    private Edge Read()
    {
        var edge = new Edge(statement.ColumnText(1)!, statement.ColumnText(2)!, statement.ColumnText(3)!, statement.ColumnReal(4))
        {
            Outgoing = statement.ColumnInteger(5) == 1,
        };
        return !full ? edge : edge with
        {
            Date = statement.ColumnText(6),
            PlaceId = statement.ColumnText(7),
            Title = statement.ColumnText(8),
            Allegation = statement.ColumnText(9),
            DateKind = statement.ColumnText(10),
        };
    }

    private static Edge[] Sorted(List<Edge> list)
    {
        list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return [.. list];
    }
}
