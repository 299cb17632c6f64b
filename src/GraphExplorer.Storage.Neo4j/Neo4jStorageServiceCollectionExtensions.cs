using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Curation;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Reading;
using GraphExplorer.Storage.Neo4j.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>Registers the Neo4j store.</summary>
public static class Neo4jStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleStore"/>, <see cref="IGraphReader"/> and <see cref="IQueryRunner"/> backed by
    /// Neo4j's Query API. Options come from the <c>Neo4j</c> section of <paramref name="configuration"/>, overridden
    /// by its <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c> keys.
    /// </summary>
    public static IServiceCollection AddNeo4jStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .PostConfigure(options =>
            {
                options.Apply(configuration["NEO4J_URI"], configuration["NEO4J_USER"], configuration["NEO4J_PASSWORD"], configuration["NEO4J_DATABASE"]);
                options.Validate();
            });

        services.AddQueryApi();
        services.AddSingleton<Neo4jArticleStore>();
        services.AddSingleton<IArticleStore>(provider => provider.GetRequiredService<Neo4jArticleStore>());
        services.AddSingleton<IGraphReader, Neo4jGraphReader>();
        services.AddSingleton<IQueryRunner, Neo4jQueryRunner>();
        services.AddSingleton<ICurationStore, Neo4jCurationStore>();
        return services;
    }

    /// <summary>The Query API client and its two named HttpClients; options must be registered already.</summary>
    internal static IServiceCollection AddQueryApi(this IServiceCollection services)
    {
        services.AddHttpClient(QueryApiClient.RetryingClientName)
            .ConfigureHttpClient((provider, client) => Configure(client, provider.GetRequiredService<IOptions<Neo4jOptions>>().Value, Timeout.InfiniteTimeSpan))
            .AddResilienceHandler("neo4j-retry", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                if (options.MaxRetries > 0)
                {
                    builder.AddRetry(TransientFailures.HttpRetry(options));
                }

                builder.AddTimeout(options.RequestTimeout);
            });

        services.AddHttpClient(QueryApiClient.TransactionClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                Configure(client, options, options.RequestTimeout);
            });

        services.AddSingleton<QueryApiClient>();
        return services;
    }

    private static void Configure(HttpClient client, Neo4jOptions options, TimeSpan timeout)
    {
        client.BaseAddress = new Uri(options.Uri.GetLeftPart(UriPartial.Authority) + options.Uri.AbsolutePath.TrimEnd('/') + "/");
        client.Timeout = timeout;
        if (!string.IsNullOrEmpty(options.Password))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }
}
