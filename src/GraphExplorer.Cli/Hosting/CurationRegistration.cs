using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// Puts curation between ingestion and the store: the store's <see cref="IArticleStore"/> is wrapped in a
/// <see cref="CuratedArticleStore"/>, so every article is kept as extracted and stored as curated.
/// </summary>
internal static class CurationRegistration
{
    public static IServiceCollection AddCuration(this IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IArticleStore));
        services.Remove(original);
        services.AddSingleton(provider => new CuratedArticleStore(Resolve(original, provider), provider.GetRequiredService<ICurationStore>()));
        services.AddSingleton<IArticleStore>(provider => provider.GetRequiredService<CuratedArticleStore>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CurationService>();
        return services;
    }

    private static IArticleStore Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationFactory is { } factory ? (IArticleStore)factory(provider)
        : descriptor.ImplementationInstance is IArticleStore instance ? instance
        : (IArticleStore)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
