using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Apis;

/// <summary>
/// Serves the workbench: the bundle built from src/GraphExplorer.Workbench and embedded in this assembly, so the
/// service needs neither Node nor a folder on disk. Every page URL (/, /entity/ID, /article/ID, /queries,
/// /query/NAME, /curations) answers the same page, which shows the view the URL names. The page holds no data, so
/// it needs no key; the API calls it makes do.
/// </summary>
internal static class WorkbenchPages
{
    private const string Prefix = "Workbench/";

    private static readonly FrozenDictionary<string, Asset> Assets = LoadAssets();

    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").WithTags("Workbench").ExcludeFromDescription();
        foreach (var (pattern, name) in new[]
        {
            ("/", "WorkbenchHome"), ("/entity/{*id}", "WorkbenchEntity"), ("/article/{*id}", "WorkbenchArticle"),
            ("/queries", "WorkbenchQueries"), ("/query/{name}", "WorkbenchQuery"), ("/curations", "WorkbenchCurations"),
        })
        {
            pages.MapGet(pattern, Page).WithName(name).WithSummary("The workbench page.");
        }

        pages.MapGet("/assets/{file}", ServeAsset).WithName("WorkbenchAsset").WithSummary("A file of the workbench bundle.");
        return app;
    }

    internal static Results<FileContentHttpResult, NotFound> Page(HttpContext context) => Serve(context, "index.html");

    internal static Results<FileContentHttpResult, NotFound> ServeAsset(string file, HttpContext context) =>
        file == "index.html" ? TypedResults.NotFound() : Serve(context, file);

    private static Results<FileContentHttpResult, NotFound> Serve(HttpContext context, string file)
    {
        if (!Assets.TryGetValue(file, out var asset))
        {
            return TypedResults.NotFound();
        }

        // Revalidated each time (a new build is picked up at once), answered 304 while unchanged.
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.File(asset.Bytes, asset.ContentType, entityTag: asset.ETag);
    }

    private static FrozenDictionary<string, Asset> LoadAssets()
    {
        var assembly = typeof(WorkbenchPages).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var file = name[Prefix.Length..];
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
            assets[file] = new Asset(bytes, ContentTypeOf(file), tag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private sealed record Asset(byte[] Bytes, string ContentType, EntityTagHeaderValue ETag);
}
