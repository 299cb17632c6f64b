using System.CommandLine;
using GraphExplorer.Cli.Hosting;
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
            if (queryName is not null && articleId is not null)
            {
                Console.Error.WriteLine("Give --query or --article, not both.");
                return 2;
            }

            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            ExportDocument document;
            try
            {
                document = await BuildDocumentAsync(host.Services, queryName, articleId, parse.GetValue(parameters), cancellationToken);
            }
            catch (Exception e) when (e is UnknownQueryException or QueryParameterException or UsageException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var path = parse.GetValue(output);
            if (path is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                await exporter.WriteAsync(document, stdout, cancellationToken);
            }
            else
            {
                // Write beside the target and move into place, so a failed export never leaves half a file.
                var full = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var partial = full + ".partial";
                await using (var file = File.Create(partial))
                {
                    await exporter.WriteAsync(document, file, cancellationToken);
                }

                File.Move(partial, full, overwrite: true);
                Console.Error.WriteLine($"Wrote {full} ({document.Graph.Nodes.Count} nodes, {document.Graph.Relationships.Count} relationships)");
            }

            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task<ExportDocument> BuildDocumentAsync(
        IServiceProvider services, string? queryName, string? articleId, string[]? parameters, CancellationToken cancellationToken)
    {
        if (queryName is not null)
        {
            var definition = QueryCatalog.Default.Get(queryName);
            var arguments = definition.Bind(CommandParsing.ParseParams(parameters));
            var result = await services.GetRequiredService<IQueryRunner>().RunAsync(definition, arguments, cancellationToken);
            return ExportDocument.ForResult(result, DateTimeOffset.UtcNow);
        }

        if (parameters is { Length: > 0 })
        {
            throw new UsageException("--param needs --query.");
        }

        var reader = services.GetRequiredService<IGraphReader>();
        var graph = await reader.ReadGraphAsync(articleId, cancellationToken);
        if (articleId is not null && graph.Articles.Count == 0)
        {
            throw new UsageException($"No article '{articleId}' in the store.");
        }

        return articleId is null
            ? ExportDocument.ForGraph(graph)
            : ExportDocument.ForArticle(graph, articleId, $"Article {articleId}");
    }
}
