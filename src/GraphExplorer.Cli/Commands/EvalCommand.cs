using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Extraction.Evaluation;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>eval GOLD --articles DIR</c>: ingests the articles into a fresh embedded store, scores the graph
/// against a gold annotation with the reference scorer's rules, and prints figures, misses and spurious items.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<FileInfo>("GOLD") { Description = "Gold annotation JSON (e.g. ../shared/eval/seeds.gold.json)" };
        gold.AcceptExistingOnly();
        var articles = new Option<DirectoryInfo>("--articles") { Description = "Folder of the annotated articles", Required = true };
        articles.AcceptExistingOnly();
        var command = new Command("eval", "Score extraction on annotated articles; prints misses and spurious items") { gold, articles };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var annotation = GoldAnnotation.Parse(await File.ReadAllTextAsync(parse.GetRequiredValue(gold).FullName, cancellationToken));
            var folder = parse.GetRequiredValue(articles).FullName;
            var scratch = Path.Combine(Path.GetTempPath(), $"graph-explorer-eval-{Guid.NewGuid():N}");
            Directory.CreateDirectory(scratch);
            try
            {
                // A fresh store: the score must be of these articles alone, never of what --db already holds.
                using var host = AppHost.Build(parse, new Dictionary<string, string?>
                {
                    [StorageRegistration.ProviderKey] = "sqlite",
                    [StorageRegistration.SqlitePathKey] = Path.Combine(scratch, "eval.db"),
                });
                await host.StartAsync(cancellationToken);
                var summary = await host.Services.GetRequiredService<IngestionService>().IngestAsync([folder], cancellationToken: cancellationToken);
                Console.Error.WriteLine(summary.ToString());
                var graph = await host.Services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: cancellationToken);
                var texts = ArticleFiles.Expand([folder]).Where(f => f.Refusal is null).ToDictionary(f => ArticleFileReader.ArticleIdOf(f.Path), f => File.ReadAllText(f.Path));
                Console.Out.WriteLine(GraphScorer.Score(annotation, graph, texts).ToText());
                await host.StopAsync(cancellationToken);
                return 0;
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        });
        return command;
    }
}
