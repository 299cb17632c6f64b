using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export.Import;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>import --format neo4j-csv|cypher FILE</c>: loads an export back into the store.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "neo4j-csv (the neo4j-admin zip) or cypher (the MERGE script)", Required = true };
        format.AcceptOnlyFromAmong([.. GraphImporter.Formats]);
        var file = new Argument<FileInfo>("FILE") { Description = "An export written by 'export --format neo4j-csv|cypher'" };
        file.AcceptExistingOnly();
        var command = new Command("import", "Load a neo4j-csv or cypher export back into the store") { format, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            await using var input = parse.GetRequiredValue(file).OpenRead();
            try
            {
                var saved = await GraphImporter.ImportAsync(parse.GetRequiredValue(format), input, host.Services.GetRequiredService<IArticleStore>(), cancellationToken);
                Console.Out.WriteLine($"imported {saved} articles");
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"{parse.GetRequiredValue(file).FullName}: {e.Message}");
                return 2;
            }

            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
