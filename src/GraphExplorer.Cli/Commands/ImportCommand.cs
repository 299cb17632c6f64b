using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export.Import;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>import --format json|neo4j-csv|cypher FILE</c>: loads an export back into the store.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "json (the main exchange format), neo4j-csv (the neo4j-admin zip) or cypher (the MERGE script)", Required = true };
        format.AcceptOnlyFromAmong([.. GraphImporter.Formats]);
        var file = new Argument<FileInfo>("FILE") { Description = "An export written by 'export --format json|neo4j-csv|cypher'" };
        file.AcceptExistingOnly();
        var command = new Command("import", "Load a json, neo4j-csv or cypher export back into the store") { format, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file).FullName;
            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            try
            {
                await using var input = parse.GetRequiredValue(file).OpenRead();
                var saved = await GraphImporter.ImportAsync(parse.GetRequiredValue(format), input, host.Services.GetRequiredService<IArticleStore>(), cancellationToken);
                Console.Out.WriteLine($"imported {saved} articles");
            }
            catch (Exception e) when (e is FormatException or ArgumentException or IOException or UnauthorizedAccessException)
            {
                // One line that names the file and the reason: a corrupt, hostile or foreign file is the input's fault,
                // not the program's (ArgumentException: the store refused an article; its message names it).
                Console.Error.WriteLine($"{path}: {OneLine(e.Message)}");
                return 2;
            }

            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
