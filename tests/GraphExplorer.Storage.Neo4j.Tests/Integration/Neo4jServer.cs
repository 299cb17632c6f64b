using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// A real Neo4j 5.26 for the integration suite: the one named by <c>NEO4J_URI</c> (with <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>) or a spare one of <c>NEO4J_SPARE_URIS</c>, whichever is free, else a <c>neo4j:5.26</c> container when a Docker engine answers
/// its ping, else none, with <see cref="UnavailableReason"/> naming everything that was tried.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string Image = "neo4j:5.26";
    private const string ContainerPassword = "graph-explorer-test";
    private IContainer? container;
    private Neo4jDatabaseLock? databaseLock;

    /// <summary>Options pointing at the server, or null when none is available.</summary>
    internal Neo4jOptions? Options { get; private set; }

    /// <summary>Why no server is available (what was tried), or null.</summary>
    public string? UnavailableReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Neo4jOptions.FromEnvironment() is { } fromEnvironment)
        {
            // other test assemblies (the store parity tests) empty the same database: one process at a time on each
            // server, this suite on whichever is free first
            databaseLock = await Neo4jDatabaseLock.AcquireAsync(Neo4jDatabaseLock.Pool(fromEnvironment.Uri));
            fromEnvironment.Uri = databaseLock.Server;
            Options = fromEnvironment;
            return;
        }

        var docker = await DockerProbe.FindEngineAsync();
        if (docker.Endpoint is null)
        {
            UnavailableReason = $"No Neo4j to test against: NEO4J_URI is not set, and no Docker engine answered ({docker.Tried}). Set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD to run this suite against a Neo4j 5.26 (../shared/neo4j-5.26/start DIR HTTP_PORT BOLT_PORT prints them; .ci/run does this).";
            return;
        }

        container = new ContainerBuilder(Image)
            .WithDockerEndpoint(docker.Endpoint)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        Options = new Neo4jOptions
        {
            Uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"),
            User = "neo4j",
            Password = ContainerPassword,
        };
    }

    /// <summary>
    /// Skips the calling test, saying why, when no server is available; fails it instead when the environment
    /// variable <c>NEO4J_TESTS_REQUIRED</c> is <c>1</c> (CI sets it after starting a server, so the suite can never
    /// pass there by skipping).
    /// </summary>
    internal Neo4jOptions Require()
    {
        if (Options is null)
        {
            var reason = UnavailableReason ?? "No Neo4j server.";
            if (Environment.GetEnvironmentVariable("NEO4J_TESTS_REQUIRED") == "1")
            {
                Assert.Fail("NEO4J_TESTS_REQUIRED=1 but " + reason);
            }

            Assert.Skip(reason);
        }

        return Options;
    }

    public async ValueTask DisposeAsync()
    {
        if (databaseLock is not null)
        {
            await databaseLock.DisposeAsync();
        }

        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }
}

/// <summary>Finds a Docker engine that answers <c>/_ping</c>: DOCKER_HOST first, then /var/run/docker.sock. A docker CLI alone is not an engine.</summary>
internal static class DockerProbe
{
    public static async Task<(string? Endpoint, string Tried)> FindEngineAsync()
    {
        var tried = new List<string>();
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host)
        {
            candidates.Add(host);
        }
        else
        {
            tried.Add("DOCKER_HOST is not set");
        }

        candidates.Add("unix:///var/run/docker.sock");
        foreach (var endpoint in candidates)
        {
            var (ok, why) = await PingAsync(endpoint);
            if (ok)
            {
                return (endpoint, "");
            }

            tried.Add($"{endpoint}: {why}");
        }

        return (null, string.Join("; ", tried));
    }

    private static async Task<(bool Ok, string Why)> PingAsync(string endpoint)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            using var client = Client(endpoint, out var baseUri);
            var reply = await client.GetStringAsync(new Uri(baseUri, "_ping"), timeout.Token);
            return reply.Trim() == "OK" ? (true, "") : (false, $"answered '{reply.Trim()}' to /_ping");
        }
        catch (Exception exception) when (exception is HttpRequestException or SocketException or OperationCanceledException or NotSupportedException or IOException)
        {
            return (false, exception.Message);
        }
    }

    private static HttpClient Client(string endpoint, out Uri baseUri)
    {
        var uri = new Uri(endpoint);
        if (uri.Scheme == "unix")
        {
            if (!File.Exists(uri.AbsolutePath))
            {
                throw new IOException($"{uri.AbsolutePath} does not exist");
            }

            var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, token) =>
                {
                    var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(uri.AbsolutePath), token);
                    return new NetworkStream(socket, ownsSocket: true);
                },
            };
            baseUri = new Uri("http://docker/");
            return new HttpClient(handler);
        }

        if (uri.Scheme is "tcp" or "http")
        {
            baseUri = new Uri($"http://{uri.Host}:{uri.Port}/");
            return new HttpClient();
        }

        throw new NotSupportedException($"unsupported DOCKER_HOST scheme '{uri.Scheme}'");
    }
}
