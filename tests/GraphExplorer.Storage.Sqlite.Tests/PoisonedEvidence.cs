using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>A store that fails a save part way: a trigger refuses evidence whose sentence holds "poison", after the
/// article, entity, fact and assertion rows of that save are written.</summary>
internal static class PoisonedEvidence
{
    public static async Task RefuseInAsync(string databasePath, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        using var trigger = connection.CreateCommand();
        trigger.CommandText = "CREATE TRIGGER refuse_poison BEFORE INSERT ON evidence WHEN new.sentence LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;";
        await trigger.ExecuteNonQueryAsync(cancellationToken);
    }
}
