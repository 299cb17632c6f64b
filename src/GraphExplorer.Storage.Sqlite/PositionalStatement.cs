using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>
/// One statement run once per row — by the writer (a mention, an alias, an assertion, a piece of evidence…, prepared once
/// per batch) and by the synthetic bulk build — prepared on the connection's handle and bound by position straight
/// through SQLitePCL: Microsoft.Data.Sqlite looks
/// every parameter up by name, encodes the name and rebinds the whole collection at each execution, which cost more than
/// SQLite's own work on these one-row statements. The SQL may keep named parameters, their positions looked up once
/// (<see cref="Index"/>), or use positional ones (<c>?1</c>, <c>?2</c>…). Binders return the statement, to chain them. Values still travel as bound parameters, never as SQL text. One statement of SQL only.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    public PositionalStatement(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
    }

    /// <summary>The position of a named parameter of the SQL.</summary>
    public int Index(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        return index > 0 ? index : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
    }

    public PositionalStatement Text(int position, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(statement, position) : raw.sqlite3_bind_text(statement, position, value));
        return this;
    }

    /// <summary>Binds UTF-8 text (SQLite copies it: the buffer may be reused for the next row).</summary>
    public PositionalStatement Text(int position, ReadOnlySpan<byte> utf8)
    {
        Check(raw.sqlite3_bind_text(statement, position, utf8));
        return this;
    }

    public PositionalStatement Null(int position)
    {
        Check(raw.sqlite3_bind_null(statement, position));
        return this;
    }

    public PositionalStatement Integer(int position, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, position, value));
        return this;
    }

    public PositionalStatement Real(int position, double value)
    {
        Check(raw.sqlite3_bind_double(statement, position, value));
        return this;
    }

    /// <summary>Runs the statement to its end with the values bound (they stay bound for the next run); returns the rows it changed.</summary>
    public int Execute()
    {
        int result;
        do
        {
            result = raw.sqlite3_step(statement);
        }
        while (result == raw.SQLITE_ROW);

        Finish(result);
        return raw.sqlite3_changes(database);
    }

    /// <summary>Runs the statement up to its first row: true with the row to read (<see cref="Reset"/> when read), false when it has none (then reset already).</summary>
    public bool First()
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        Finish(result);
        return false;
    }

    /// <summary>
    /// Steps to the statement's next row: true with the row to read, false when there are no more (the statement is then
    /// reset, ready for the next run). To read every row: <c>while (statement.Next()) { … }</c>.
    /// </summary>
    public bool Next() => First();

    /// <summary>Runs the rest of the statement after its first row (<see cref="First"/>) and makes it ready for the next run.</summary>
    public void Reset()
    {
        int result;
        do
        {
            result = raw.sqlite3_step(statement);
        }
        while (result == raw.SQLITE_ROW);

        Finish(result);
    }

    /// <summary>The rowid of the last row inserted on the connection (after <see cref="Execute"/> of an INSERT: its row's).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(database);

    public string? ColumnText(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    public long ColumnInteger(int column) => raw.sqlite3_column_int64(statement, column);

    public double ColumnReal(int column) => raw.sqlite3_column_double(statement, column);

    public void Dispose() => statement.Dispose();

    private void Finish(int result)
    {
        if (result != raw.SQLITE_DONE)
        {
            // the message first: the reset makes the statement ready for the next run whatever happened
            var error = new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), result, raw.sqlite3_extended_errcode(database));
            raw.sqlite3_reset(statement);
            throw error;
        }

        Check(raw.sqlite3_reset(statement));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
