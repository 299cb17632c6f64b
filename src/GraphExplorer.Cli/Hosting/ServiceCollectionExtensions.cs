using GraphExplorer.Core.Extraction;
using GraphExplorer.Extraction;
using GraphExplorer.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Hosting;

/// <summary>The one place where the application's services are registered.</summary>
internal static class ServiceCollectionExtensions
{
    public static IServiceCollection AddGraphExplorer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IArticleExtractor, ArticlePipeline>();
        services.AddSingleton<IEntityResolver, KnownEntityResolver>();
        services.AddSingleton<Core.Storage.IEntityIdentityKeys, Extraction.Resolution.AgreementIdentityKeys>();
        services.AddGraphStore(configuration);
        services.AddCuration();
        // Registered before any worker so the schema exists when they start.
        services.AddHostedService<StoreInitializer>();
        services.AddIngestion(configuration);
        return services;
    }
}
