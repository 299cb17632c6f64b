using GraphExplorer.Api.Security;
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
    /// <exception cref="UnsafeListeningException">A non-loopback address is asked for while no API key and no identity provider is configured.</exception>
    public static WebApplicationBuilder UseQueryServiceUrls(this WebApplicationBuilder builder)
    {
        var urls = GetUrls(builder.Configuration);
        var options = builder.Configuration.GetSection(QueryServiceOptions.SectionName).Get<QueryServiceOptions>() ?? new QueryServiceOptions();
        EnsureSafeToListen(urls, options);
        builder.WebHost.UseUrls(urls);
        return builder;
    }

    /// <summary>Refuses a non-loopback address unless callers must authenticate.</summary>
    /// <exception cref="UnsafeListeningException">The one-line reason.</exception>
    public static void EnsureSafeToListen(string urls, QueryServiceOptions options)
    {
        if (options.RequiresAuthentication)
        {
            return;
        }

        var exposed = ListeningAddresses.Split(urls).Where(u => !ListeningAddresses.IsLoopback(u)).ToList();
        if (exposed.Count > 0)
        {
            throw new UnsafeListeningException(
                $"Refusing to listen on {string.Join(", ", exposed)} without authentication: configure QueryService:ApiKeys (or QueryService:Oidc:Authority), or listen on 127.0.0.1.");
        }
    }

    /// <summary>The start-up line that says who may call the service.</summary>
    public static string AccessSummary(QueryServiceOptions options) => options.RequiresAuthentication
        ? $"Authentication required: {options.ApiKeys.Count} API key(s) in X-API-Key{(string.IsNullOrWhiteSpace(options.Oidc.Authority) ? "" : $", bearer tokens from {options.Oidc.Authority}")}"
        : "No API keys configured: listening on loopback only, and every local caller may read and curate (set QueryService:ApiKeys to open it to others)";

    /// <summary>The workbench's address for people: the first listening URL, with a wildcard host shown as localhost.</summary>
    public static string WorkbenchUrl(IEnumerable<string> listening)
    {
        var first = listening.FirstOrDefault() ?? QueryServiceOptions.DefaultUrls;
        var host = ListeningAddresses.HostOf(first);
        var shown = host is "*" or "+" or "0.0.0.0" or "[::]" ? first.Replace(host, "localhost", StringComparison.Ordinal) : first;
        return shown.TrimEnd('/') + "/";
    }
}
