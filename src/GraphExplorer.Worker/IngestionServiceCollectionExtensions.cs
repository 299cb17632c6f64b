using GraphExplorer.Worker.Inbox;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Worker;

/// <summary>Registration of ingestion and the inbox worker. A store and the extraction pipeline must be registered too.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IngestionService"/> with <see cref="IngestionOptions"/> bound from configuration.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IngestionService>();
        return services;
    }

    /// <summary>Adds the hosted inbox worker with <see cref="InboxOptions"/> bound from configuration.</summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIngestion(configuration);
        services.AddOptions<InboxOptions>().Bind(configuration.GetSection(InboxOptions.Section));
        if (configuration.GetSection(InboxOptions.Section).GetValue(nameof(InboxOptions.Enabled), true))
        {
            services.AddHostedService<InboxWorker>();
        }

        return services;
    }
}
