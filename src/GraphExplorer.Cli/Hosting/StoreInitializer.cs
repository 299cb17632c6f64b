using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Creates or migrates the store's schema when the host starts, before any worker or request uses it.</summary>
internal sealed class StoreInitializer(IArticleStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
