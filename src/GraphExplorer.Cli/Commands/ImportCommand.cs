using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export.Import;
using GraphExplorer.Storage.Neo4j.Bulk;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>import --format json|neo4j-csv|cypher FILE</c>: loads an export back into the store, one article at a time; with
/// <c>--neo4j-admin-dir DIR</c>, writes instead the input of <c>neo4j-admin database import</c> for a first load of a
/// large Neo4j store, and prints the command that loads it.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "json (the main exchange format), neo4j-csv (the neo4j-admin zip) or cypher (the MERGE script)", Required = true };
        format.AcceptOnlyFromAmong([.. GraphImporter.Formats]);
        var file = new Argument<FileInfo>("FILE") { Description = "An export written by 'export --format json|neo4j-csv|cypher'" };
        file.AcceptExistingOnly();
        var adminDir = new Option<DirectoryInfo>("--neo4j-admin-dir")
        {
            Description = "Write the files of a first Neo4j load by neo4j-admin database import into this folder (the store is not touched)",
        };
        var command = new Command("import", "Load a json, neo4j-csv or cypher export back into the store") { format, file, adminDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(adminDir) is { } folder)
            {
                return await WriteAdminImportAsync(parse.GetRequiredValue(format), parse.GetRequiredValue(file), folder, cancellationToken);
            }

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

    private static async Task<int> WriteAdminImportAsync(string format, FileInfo file, DirectoryInfo folder, CancellationToken cancellationToken)
    {
        try
        {
            await using var input = file.OpenRead();
            var articles = await GraphImporter.ReadArticleGraphsAsync(format, input, cancellationToken);
            var files = AdminImport.Write(articles, folder.FullName);
            Console.Out.WriteLine($"wrote {files.Entities} entities, {files.Articles} articles, {files.Mentions} mentions and {files.Facts} facts (and {files.Extracted} extracted article graphs, for curation) into {files.Folder}");
            Console.Out.WriteLine("stop Neo4j, run (as the user Neo4j runs as):");
            Console.Out.WriteLine("  " + files.CommandLine());
            Console.Out.WriteLine("then start Neo4j; the first graph-explorer command on it creates the constraints and indexes");
            return 0;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file.FullName}: {OneLine(e.Message)}");
            return 2;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
