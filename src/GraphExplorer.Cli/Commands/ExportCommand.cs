using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Queries;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>export --format F [--query NAME --param k=v ...] [--article ID] [-o PATH]</c>: the whole graph, one
/// article's subgraph, or a curated query's result, in any export format.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Export format: {string.Join(", ", ExportFormats.Names)}",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        var query = new Option<string?>("--query", "-q") { Description = "Export the result of this curated query" };
        var parameters = CommandParsing.ParamOption();
        var article = new Option<string?>("--article", "-a") { Description = "Export the subgraph extracted from this article id" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "PATH" };
        var command = new Command("export", "Write the graph, an article's subgraph or a query result in an export format")
        {
            format, query, parameters, article, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var exporter = ExportFormats.Get(parse.GetRequiredValue(format));
            var queryName = parse.GetValue(query);
            var articleId = parse.GetValue(article);
            var path = parse.GetValue(output);
            if (queryName is not null && articleId is not null)
            {
                Console.Error.WriteLine("Give --query or --article, not both.");
                return 2;
            }

            if (queryName is null && parse.GetValue(parameters) is { Length: > 0 })
            {
                Console.Error.WriteLine("--param needs --query.");
                return 2;
            }

            // A zip on a terminal is a screenful of noise and can leave the terminal in a strange state.
            if (path is null && ExportFormats.IsBinary(exporter) && !Console.IsOutputRedirected)
            {
                Console.Error.WriteLine($"The {exporter.Format} export is a {exporter.FileExtension} archive, not text: give -o FILE (e.g. -o graph.{exporter.FileExtension}) or redirect the output to a file.");
                return 2;
            }

            QueryDefinition? definition = null;
            QueryArgumentDictionary? arguments = null;
            if (queryName is not null && !QueryCommand.TryBind(queryName, parse.GetValue(parameters), out definition, out arguments))
            {
                return 2;
            }

            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            ExportDocument document;
            if (definition is not null)
            {
                if (await QueryCommand.ReportUnmatchedEntitiesAsync(definition, arguments!, host.Services, cancellationToken))
                {
                    return 1;
                }

                var result = await host.Services.GetRequiredService<IQueryRunner>().RunAsync(definition, arguments!, cancellationToken);
                document = ExportDocument.ForResult(result, DateTimeOffset.UtcNow);
            }
            else
            {
                var graph = await host.Services.GetRequiredService<IGraphReader>().ReadGraphAsync(articleId, cancellationToken);
                var found = articleId is null ? null : graph.Articles.FirstOrDefault(a => a.Id == articleId);
                if (articleId is not null && found is null)
                {
                    Console.Error.WriteLine($"No article '{articleId}' in the store.");
                    return 2;
                }

                document = articleId is null
                    ? ExportDocument.ForGraph(graph)
                    : ExportDocument.ForArticle(graph, articleId, found!.Title is { Length: > 0 } title ? title : $"Article {articleId}");
            }

            document = await WithReferencesAsync(document, host.Services.GetRequiredService<IGraphReader>(), cancellationToken);
            try
            {
                await WriteAsync(exporter, document, path, cancellationToken);
            }
            catch (ExportException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task WriteAsync(IGraphExporter exporter, ExportDocument document, string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            // Into memory first: a failed export must not leave half a document on standard output.
            using var buffer = new MemoryStream();
            await exporter.WriteAsync(document, buffer, cancellationToken);
            await using var stdout = Console.OpenStandardOutput();
            buffer.Position = 0;
            await buffer.CopyToAsync(stdout, cancellationToken);
            return;
        }

        // Write beside the target and move into place, so a failed export never leaves half a file, nor a .partial one.
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await exporter.WriteAsync(document, file, cancellationToken);
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        Console.Error.WriteLine($"Wrote {full} ({document.Graph.Nodes.Count} nodes, {document.Graph.Relationships.Count} relationships)");
    }

    /// <summary>
    /// The names of places and endpoints the graph refers to but does not carry (a meeting's place), and the
    /// titles of the articles a result cites without evidence, so that reports show words, not ids.
    /// </summary>
    private static async Task<ExportDocument> WithReferencesAsync(ExportDocument document, IGraphReader reader, CancellationToken cancellationToken)
    {
        var carried = document.Graph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var referenced = document.Graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId, r.PlaceId })
            .OfType<string>().Where(id => !carried.Contains(id)).Distinct(StringComparer.Ordinal).Take(ArticleTitles.MaxLookups);
        foreach (var id in referenced)
        {
            if (await reader.GetEntityAsync(id, cancellationToken) is { } entity)
            {
                names[id] = entity.Name;
            }
        }

        var articles = new List<ArticleInfo>();
        if (document.Result is { } result)
        {
            var titles = await ArticleTitles.ResolveAsync(result, reader, cancellationToken);
            var cited = document.Graph.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            articles.AddRange(titles.Where(t => !cited.Contains(t.Key)).Select(t => new ArticleInfo(t.Key, t.Value, null, null, null, null)));
        }

        return document with { ReferencedNames = names, ReferencedArticles = articles };
    }
}
