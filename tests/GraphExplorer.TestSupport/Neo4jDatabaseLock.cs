using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.TestSupport;

/// <summary>
/// One test process at a time on a Neo4j database. Neo4j Community has a single user database, and test assemblies
/// that empty and reload it run in parallel under <c>dotnet test</c>, so each holds this lock while it uses the server:
/// an exclusive lock on a file in the temp folder named after the server's address (released when disposed, or when
/// the process ends). Given more than one server (<see cref="Pool"/>), a test process takes whichever is free first,
/// so that two suites need not wait for each other.
/// </summary>
public sealed class Neo4jDatabaseLock : IAsyncDisposable
{
    /// <summary>The environment variable naming further servers for tests, besides <c>NEO4J_URI</c>: space-separated
    /// HTTP addresses of servers with the same user and password (.ci/run starts two, so that the Neo4j suite and the
    /// CLI's end-to-end tests run side by side).</summary>
    public const string SpareServersVariable = "NEO4J_SPARE_URIS";

    /// <summary>A test process holds one server at a time (its tests take turns on it), so that a free server is left
    /// for the other test processes: without this, one process's parallel test classes could hold every server.</summary>
    private static readonly SemaphoreSlim OneServerPerProcess = new(1, 1);

    private readonly FileStream file;
    private int released;

    private Neo4jDatabaseLock(FileStream file, Uri server) => (this.file, Server) = (file, server);

    /// <summary>The server this lock holds: the tests that took it use this one.</summary>
    public Uri Server { get; }

    /// <summary><paramref name="primary"/> (the one <c>NEO4J_URI</c> names) and the spare servers the environment names.</summary>
    public static IReadOnlyList<Uri> Pool(Uri primary)
    {
        var spares = (Environment.GetEnvironmentVariable(SpareServersVariable) ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(spare => Uri.TryCreate(spare, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"{SpareServersVariable}: '{spare}' is not an absolute URI; expected something like http://127.0.0.1:7475."));
        return [primary, .. spares.Where(spare => spare != primary)];
    }

    /// <summary>Waits until one of <paramref name="servers"/> is free (trying them in order), then takes its lock.</summary>
    public static async Task<Neo4jDatabaseLock> AcquireAsync(IReadOnlyList<Uri> servers, CancellationToken cancellationToken = default)
    {
        await OneServerPerProcess.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                foreach (var server in servers)
                {
                    try
                    {
                        return new Neo4jDatabaseLock(new FileStream(LockPath(server), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), server);
                    }
                    catch (IOException)
                    {
                        // another test process holds this server; it releases it when its tests are done
                    }
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
        catch
        {
            OneServerPerProcess.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            await file.DisposeAsync();
            OneServerPerProcess.Release();
        }
    }

    private static string LockPath(Uri server)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(server.GetLeftPart(UriPartial.Authority).ToLowerInvariant())))[..16];
        return Path.Combine(Path.GetTempPath(), $"graph-explorer-neo4j-{name}.lock");
    }
}
