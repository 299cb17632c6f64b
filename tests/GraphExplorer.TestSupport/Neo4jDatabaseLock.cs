using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.TestSupport;

/// <summary>
/// One test process at a time on a Neo4j database. Neo4j Community has a single user database, and test assemblies
/// that empty and reload it run in parallel under <c>dotnet test</c>, so each holds this lock while it uses the server:
/// an exclusive lock on a file in the temp folder named after the server's address (released when disposed, or when
/// the process ends).
/// </summary>
public sealed class Neo4jDatabaseLock : IAsyncDisposable
{
    private readonly FileStream file;

    private Neo4jDatabaseLock(FileStream file) => this.file = file;

    /// <summary>Waits until no other process holds the lock for <paramref name="serverUri"/>, then takes it.</summary>
    public static async Task<Neo4jDatabaseLock> AcquireAsync(Uri serverUri, CancellationToken cancellationToken = default)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(serverUri.GetLeftPart(UriPartial.Authority).ToLowerInvariant())))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"graph-explorer-neo4j-{name}.lock");
        while (true)
        {
            try
            {
                return new Neo4jDatabaseLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // another test process holds the database; it releases it when its tests are done
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
