using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Benchmark;

/// <summary>
/// Rows of one table inserted a group at a time: one prepared <c>INSERT … VALUES (?1, ?2…), (…)…</c> per group size, so
/// that a statement's start (its cursors opened and positioned) is paid once a group, and SQLite appends each row of
/// the group at the cursor left by the one before instead of seeking from the root. A group is begun with its number of
/// rows (<see cref="Begin"/>), each row selected (<see cref="Row"/>) and bound by column, then run (<see cref="Execute"/>).
/// </summary>
internal sealed class BulkInsert(SqliteConnection connection, string table, params string[] columns) : IDisposable
{
    /// <summary>Rows per statement: well within SQLite's 32,766 parameters for the widest table written.</summary>
    public const int RowsPerStatement = 50;

    private readonly Dictionary<int, PositionalStatement> statements = [];
    private PositionalStatement? current;
    private int rows;
    private int offset;

    /// <summary>Starts a group of <paramref name="count"/> rows (1 to <see cref="RowsPerStatement"/>); every row of it must be bound before <see cref="Execute"/>.</summary>
    public void Begin(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, RowsPerStatement);
        if (!statements.TryGetValue(count, out current))
        {
            current = new PositionalStatement(connection, Sql(count));
            statements[count] = current;
        }

        rows = count;
    }

    /// <summary>Selects the row of the group (0-based) that the following bindings go to.</summary>
    public BulkInsert Row(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, rows);
        offset = index * columns.Length;
        return this;
    }

    public BulkInsert Text(int column, ReadOnlySpan<byte> utf8)
    {
        Current.Text(offset + column, utf8);
        return this;
    }

    public BulkInsert Integer(int column, long value)
    {
        Current.Integer(offset + column, value);
        return this;
    }

    public BulkInsert Real(int column, double value)
    {
        Current.Real(offset + column, value);
        return this;
    }

    public BulkInsert Null(int column)
    {
        Current.Null(offset + column);
        return this;
    }

    /// <summary>Inserts the group's rows.</summary>
    public void Execute() => Current.Execute();

    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
    }

    private PositionalStatement Current => current ?? throw new InvalidOperationException("No group begun.");

    private string Sql(int count)
    {
        var values = Enumerable.Range(0, count).Select(row => "(" + string.Join(", ", columns.Select((_, column) => $"?{(row * columns.Length) + column + 1}")) + ")");
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}";
    }
}
