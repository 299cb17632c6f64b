using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>query NAME [--param k=v]... [--json]</c>: run a curated query.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "A curated query (see 'queries')" };
        var parameters = CommandParsing.ParamOption();
        var json = new Option<bool>("--json") { Description = "Print the result (rows and subgraph) as JSON" };
        var command = new Command("query", "Run a curated query and print a table or JSON") { name, parameters, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            QueryDefinition query;
            QueryArgumentDictionary arguments;
            try
            {
                query = QueryCatalog.Default.Get(parse.GetRequiredValue(name));
                arguments = query.Bind(CommandParsing.ParseParams(parse.GetValue(parameters)));
            }
            catch (Exception e) when (e is UnknownQueryException or QueryParameterException or UsageException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            var result = await host.Services.GetRequiredService<IQueryRunner>().RunAsync(query, arguments, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result, JsonOutput.Options));
            }
            else
            {
                AnsiConsole.Write(ResultTable.Render(result));
            }

            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
