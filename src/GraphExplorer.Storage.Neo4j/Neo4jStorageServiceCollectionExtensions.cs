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

    /// <summary>The Query API client and its named HttpClient; options must be registered already.</summary>
    internal static IServiceCollection AddQueryApi(this IServiceCollection services)
    {
        // Timeouts and retries are the client's own (QueryApiClient): an abandoned statement must be ended on the server.
        services.AddHttpClient(QueryApiClient.HttpClientName)
            .ConfigureHttpClient((provider, client) => Configure(client, provider.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.AddSingleton<QueryApiClient>();
        return services;
    }

    private static void Configure(HttpClient client, Neo4jOptions options)
    {
        client.BaseAddress = new Uri(options.Uri.GetLeftPart(UriPartial.Authority) + options.Uri.AbsolutePath.TrimEnd('/') + "/");
        client.Timeout = Timeout.InfiniteTimeSpan;
        if (!string.IsNullOrEmpty(options.Password))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }
}
