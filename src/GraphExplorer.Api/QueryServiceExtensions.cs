using GraphExplorer.Api.Apis;
using GraphExplorer.Api.Execution;
using GraphExplorer.Api.Exports;
using GraphExplorer.Api.Health;
using GraphExplorer.Api.Security;
using GraphExplorer.Core.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Api;

/// <summary>Registration and routes of the query service. The host registers the store (IQueryRunner, IGraphReader) itself.</summary>
public static class QueryServiceExtensions
{
    /// <summary>Longest request line Kestrel accepts, so a long parameter gets a 400 naming it rather than a bare 414.</summary>
    private const int MaxRequestLineBytes = 24 * 1024;

    /// <summary>
    /// Registers the query service: options from the <c>QueryService</c> section (validated at start),
    /// <see cref="QueryCatalog.Default"/> unless a catalog is already registered, problem details, the
    /// JSON shape, the OpenAPI document and the store health check; raises Kestrel's request-line limit
    /// to 24 KiB. Needs an <c>IQueryRunner</c> and an <c>IGraphReader</c> from the host; exports serve every
    /// format of GraphExplorer.Export's registry.
    /// </summary>
    public static IServiceCollection AddQueryService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueryServiceOptions>()
            .Bind(configuration.GetSection(QueryServiceOptions.SectionName))
            .Validate(o => o.MaxRows >= 1, "QueryService:MaxRows must be at least 1.")
            .Validate(o => o.MaxDepth >= 1, "QueryService:MaxDepth must be at least 1.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "QueryService:RequestTimeout must be positive, e.g. 00:00:10.")
            .Validate(o => o.MaxRequestBodyBytes >= 1024, "QueryService:MaxRequestBodyBytes must be at least 1024.")
            .Validate(o => o.ApiKeys.All(k => k.Name.Length > 0), "QueryService:ApiKeys: every key needs a Name.")
            .Validate(o => o.ApiKeys.All(k => string.IsNullOrEmpty(k.Key) != string.IsNullOrEmpty(k.Sha256)), "QueryService:ApiKeys: give each key either Key or Sha256, not both.")
            .Validate(o => o.ApiKeys.All(k => k.Key is not { Length: < 16 }), "QueryService:ApiKeys: a Key must have at least 16 characters.")
            .Validate(o => o.ApiKeys.All(k => k.Sha256 is null or "" || (k.Sha256.Length == 64 && k.Sha256.All(char.IsAsciiHexDigit))), "QueryService:ApiKeys: Sha256 must be 64 hex digits.")
            .Validate(o => o.ApiKeys.All(k => Roles.IsKnown(k.Role)), "QueryService:ApiKeys: Role must be reader or curator.")
            .Validate(o => o.ResponseCacheBytes >= 0, "QueryService:ResponseCacheBytes must be 0 (off) or more.")
            .Validate(o => o.RateLimit.PermitsPerSecond >= 0, "QueryService:RateLimit:PermitsPerSecond must be 0 (off) or more.")
            .ValidateOnStart();
        var snapshot = configuration.GetSection(QueryServiceOptions.SectionName).Get<QueryServiceOptions>() ?? new QueryServiceOptions();
        services.TryAddSingleton(QueryCatalog.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RequestDeadline>();
        services.AddScoped<QueryExecutor>();
        services.TryAddSingleton<QueryResponseCache>();
        services.AddScoped<EntityNeighbourhood>();
        services.AddScoped<ExportWriter>();

        services.AddQueryServiceSecurity(snapshot);
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Instance ??= c.HttpContext.Request.Path);
        services.ConfigureHttpJsonOptions(o => QueryServiceJson.Configure(o.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GraphExplorer query service";
            document.Info.Description = "Curated relationship queries over the GraphExplorer graph, entity reads and exports.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestLineSize = Math.Max(o.Limits.MaxRequestLineSize, MaxRequestLineBytes);
            o.Limits.MinRequestBodyDataRate = new MinDataRate(snapshot.MinRequestBodyBytesPerSecond, snapshot.RequestBodyGracePeriod);
            o.AddServerHeader = false;
        });
        return services;
    }

    /// <summary>How many curated-query answers the response cache served again, and how many it computed, since start.</summary>
    public static (long Hits, long Misses) ResponseCacheCounts(this IServiceProvider services)
    {
        var cache = services.GetRequiredService<QueryResponseCache>();
        return (cache.Hits, cache.Misses);
    }

    /// <summary>
    /// Adds the problem-details error handling and maps the routes: <c>/api/queries</c>,
    /// <c>/api/queries/{name}</c> (GET and POST), <c>/api/entities/{id}</c>, <c>/api/export</c>,
    /// <c>/health</c> and <c>/openapi/v1.json</c>.
    /// </summary>
    public static WebApplication MapQueryApi(this WebApplication app)
    {
        app.UseQueryServiceSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseQueryServiceAccessControl();
        app.MapOpenApi();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = StoreHealthCheck.WriteResponseAsync });
        app.MapQueryRoutes().RequireAuthorization(SecurityExtensions.ReaderPolicy);
        app.MapWorkbenchRoutes().RequireAuthorization(SecurityExtensions.ReaderPolicy);
        app.MapCurationRoutes();
        app.MapWorkbench();
        return app;
    }
}
