using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Storage.Sqlite.Benchmark;

/// <summary>
/// One prepared INSERT of a bulk load, bound by position straight through SQLitePCL: Microsoft.Data.Sqlite looks
/// every parameter up by name and rebinds the whole collection at each execution, which was a quarter of the
/// build's time at millions of rows. Values still travel as bound parameters, never as SQL text.
/// </summary>
internal sealed class BulkStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    /// <summary>Prepares <paramref name="sql"/> (positional parameters <c>?1</c>, <c>?2</c>…) on the connection's handle.</summary>
    public BulkStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    public BulkStatement Text(int position, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(statement, position) : raw.sqlite3_bind_text(statement, position, value));
        return this;
    }

    /// <summary>Binds UTF-8 text (SQLite copies it: the buffer may be reused for the next row).</summary>
    public BulkStatement Text(int position, ReadOnlySpan<byte> utf8)
    {
        Check(raw.sqlite3_bind_text(statement, position, utf8));
        return this;
    }

    public BulkStatement Null(int position)
    {
        Check(raw.sqlite3_bind_null(statement, position));
        return this;
    }

    public BulkStatement Integer(int position, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, position, value));
        return this;
    }

    public BulkStatement Real(int position, double value)
    {
        Check(raw.sqlite3_bind_double(statement, position, value));
        return this;
    }

    /// <summary>Runs the statement with the values bound, then makes it ready for the next row (bindings stay until rebound).</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
