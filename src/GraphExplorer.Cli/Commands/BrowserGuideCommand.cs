using System.CommandLine;
using GraphExplorer.Core.Queries;
using GraphExplorer.Storage.Neo4j.Browser;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>browser-guide [-o FILE]</c>: writes the Neo4j Browser guide from the curated queries.</summary>
internal static class BrowserGuideCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (cypher/browser/guide.html in the repository) instead of standard output" };
        var command = new Command("browser-guide", "Write the Neo4j Browser guide: every curated query with its :param lines") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var guide = BrowserGuide.Render(QueryCatalog.Default);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, guide, cancellationToken);
            }
            else
            {
                await Console.Out.WriteAsync(guide);
            }

            return 0;
        });
        return command;
    }
}
