using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// Creates or migrates the store's schema when the host starts, before any worker or request uses it. A store
/// that cannot be reached or opened fails the start with <see cref="StoreUnavailableException"/>, which names
/// the store (which file, which server) and what failed, in one line.
/// </summary>
internal sealed class StoreInitializer(IArticleStore store, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException(configuration, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The configured store could not be opened or reached: which one, what failed, and what to try.</summary>
internal sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(IConfiguration configuration, Exception innerException)
        : base(Describe(configuration, innerException), innerException)
    {
    }

    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private static string Describe(IConfiguration configuration, Exception error)
    {
        var what = CliErrors.Innermost(error);
        return StoreDescription.IsNeo4j(configuration)
            ? $"Cannot use Neo4j at {StoreDescription.Neo4jUri(configuration)}: {what}. Is the server running? Set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or leave out --store neo4j for the embedded store."
            : $"Cannot open {StoreDescription.Of(configuration)}: {what}";
    }
}
