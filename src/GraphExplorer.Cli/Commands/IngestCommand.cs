using System.CommandLine;
using GraphExplorer.Api;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Curation;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>ingest PATH...</c>: extract articles into the store, with a progress bar on a terminal.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .html, .htm, .xhtml, .pdf) or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var followLinks = new Option<bool>("--follow-links")
        {
            Description = "Follow symbolic links to files and folders (by default a link is refused and named; a folder is entered once either way)",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Empty the graph first (articles, entities, facts; the curation log is kept) and store the given articles anew, curated as the log says",
        };
        var command = new Command("ingest", "Ingest articles; unchanged ones are skipped, changed ones replace their own facts") { paths, followLinks, rebuild };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = AppHost.Build(parse, parse.GetValue(followLinks) ? new Dictionary<string, string?> { ["Ingestion:FollowLinks"] = "true" } : null);
            await host.StartAsync(cancellationToken);
            var ingestion = host.Services.GetRequiredService<IngestionService>();
            var files = ArticleFiles.Expand(parse.GetValue(paths) ?? [], ingestion.FollowLinks);
            if (parse.GetValue(rebuild))
            {
                // Files are listed before anything is emptied: a rebuild from a missing or refused path would lose the graph.
                var missing = (parse.GetValue(paths) ?? []).FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
                var refused = files.FirstOrDefault(f => f.Refusal is not null);
                if (missing is not null || refused is not null || files.Count == 0)
                {
                    Console.Error.WriteLine(missing is not null ? $"Not rebuilding: {missing} does not exist; the graph is unchanged."
                        : refused is not null ? $"Not rebuilding: {refused.Path} {refused.Refusal}; the graph is unchanged."
                        : "Not rebuilding: the paths hold no article files; the graph is unchanged.");
                    return 2;
                }

                var curation = host.Services.GetRequiredService<ICurationStore>();
                var inForce = (await curation.ReadLogAsync(cancellationToken)).Count(r => r.Active);
                await curation.ClearGraphAsync(cancellationToken);
                Console.Error.WriteLine($"Rebuilding: the graph was emptied; {inForce} curation{(inForce == 1 ? "" : "s")} in force will be applied to the articles stored now.");
            }

            // The bar only on a terminal, and only when warnings reach the same terminal through it (LiveConsole).
            var summary = Console.IsOutputRedirected || Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive
                ? await ingestion.IngestAsync(files, progress: null, cancellationToken)
                : await LiveConsole.RunAsync(AnsiConsole.Console, () => AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ArticlesPerSecondColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Ingesting", maxValue: Math.Max(files.Count, 1));
                        var progress = new InlineProgress<IngestOutcome>(outcome =>
                        {
                            task.Description = Markup.Escape(Path.GetFileName(outcome.Path));
                            task.Increment(1);
                        });
                        return await ingestion.IngestAsync(files, progress, cancellationToken);
                    }));

            Console.Out.WriteLine(summary.ToString());
            Console.Error.WriteLine(NextSteps(host.Services.GetRequiredService<IConfiguration>(), summary));
            await host.StopAsync(cancellationToken);
            // Exit code 2 tells scripts that some files were refused (each was logged with its reason).
            return summary.Failed > 0 ? 2 : 0;
        });
        return command;
    }

    /// <summary>Where the graph went and what a newcomer can do with it next, as commands to paste.</summary>
    internal static string NextSteps(IConfiguration configuration, IngestSummary summary)
    {
        var cli = Launcher.Command;
        var url = (configuration[$"{QueryServiceOptions.SectionName}:{nameof(QueryServiceOptions.Urls)}"] ?? "http://127.0.0.1:5080").Split(';')[0];
        (string Command, string What)[] next =
        [
            ($"{cli} query meetings", "who met whom, with dates, places and evidence"),
            ($"{cli} queries", "every curated query and its parameters"),
            ($"{cli} export --format html -o report.html", "a report with a picture of the graph"),
            ($"{cli} serve", $"the workbench and the query service on {url}/"),
        ];
        var width = next.Max(n => n.Command.Length) + 3;
        var lines = new List<string> { $"Stored in {StoreDescription.Of(configuration)}.", "Next:" };
        lines.AddRange(next.Select(n => "  " + n.Command.PadRight(width) + n.What));
        if (summary.Failed > 0)
        {
            lines.Insert(1, $"{summary.Failed} {(summary.Failed == 1 ? "file was" : "files were")} refused; the reasons are above.");
        }

        return string.Join(Environment.NewLine, lines);
    }

    // Progress<T> posts to the thread pool; the bar must move in order, on the caller's thread.
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
