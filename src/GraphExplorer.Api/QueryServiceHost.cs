using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GraphExplorer.Api;

/// <summary>Hosting helpers for the CLI's <c>serve</c> command.</summary>
public static class QueryServiceHost
{
    /// <summary>
    /// The address(es) to listen on: <c>QueryService:Urls</c> when configured, else
    /// <see cref="QueryServiceOptions.DefaultUrls"/> (http://127.0.0.1:5080).
    /// </summary>
    public static string GetUrls(IConfiguration configuration) =>
        configuration.GetSection(QueryServiceOptions.SectionName)[nameof(QueryServiceOptions.Urls)] is { Length: > 0 } urls
            ? urls
            : QueryServiceOptions.DefaultUrls;

    /// <summary>
    /// Makes Kestrel listen on <see cref="GetUrls"/>. This replaces ASP.NET Core's own default
    /// (localhost:5000) and the generic <c>urls</c> setting, so the service stays on loopback unless
    /// <c>QueryService:Urls</c> says otherwise.
    /// </summary>
    public static WebApplicationBuilder UseQueryServiceUrls(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(GetUrls(builder.Configuration));
        return builder;
    }
}
