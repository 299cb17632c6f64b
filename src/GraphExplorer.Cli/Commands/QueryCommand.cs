using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Cli.Queries;
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
            if (!TryBind(parse.GetRequiredValue(name), parse.GetValue(parameters), out var query, out var arguments))
            {
                return 2;
            }

            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            if (await ReportUnmatchedEntitiesAsync(query, arguments, host.Services, cancellationToken))
            {
                return 1;
            }

            var result = await host.Services.GetRequiredService<IQueryRunner>().RunAsync(query, arguments, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result, JsonOutput.Options));
            }
            else
            {
                var titles = await ArticleTitles.ResolveAsync(result, host.Services.GetRequiredService<IGraphReader>(), cancellationToken);
                AnsiConsole.Write(ResultTable.Render(result, titles, AnsiConsole.Profile.Width));
                AnsiConsole.WriteLine();
            }

            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Finds the query and binds the arguments; on failure writes one clear message to stderr (a near query
    /// name, or a missing parameter with its meaning and an example) and returns false.
    /// </summary>
    internal static bool TryBind(string queryName, string[]? pairs, out QueryDefinition query, out QueryArgumentDictionary arguments)
    {
        query = null!;
        arguments = null!;
        try
        {
            query = QueryCatalog.Default.Get(queryName);
            var raw = CommandParsing.ParseParams(pairs);
            var missing = query.Parameters.FirstOrDefault(p => p.Required && string.IsNullOrWhiteSpace(raw.GetValueOrDefault(p.Name)));
            if (missing is not null)
            {
                Console.Error.WriteLine(MissingParameter(query, missing));
                return false;
            }

            arguments = query.Bind(raw);
            return true;
        }
        catch (Exception e) when (e is UnknownQueryException or QueryParameterException or UsageException)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }

    /// <summary>Writes "no entity matches" with near names for each entity argument that matches none; true when any.</summary>
    internal static async Task<bool> ReportUnmatchedEntitiesAsync(QueryDefinition query, QueryArgumentDictionary arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var unmatched = await EntityArguments.FindUnmatchedAsync(
            query,
            arguments,
            services.GetRequiredService<IGraphReader>(),
            services.GetRequiredService<IArticleStore>(),
            services.GetRequiredService<IQueryRunner>(),
            cancellationToken);
        foreach (var entity in unmatched)
        {
            Console.Error.WriteLine(entity.Describe(Launcher.Command));
        }

        return unmatched.Count > 0;
    }

    private static string MissingParameter(QueryDefinition query, QueryParameter parameter)
    {
        var example = query.Example.Count > 0
            ? string.Join(" ", query.Example.Select(e => $"--param {e.Key}={Quote(e.Value ?? "")}"))
            : $"--param {parameter.Name}=…";
        return $"{query.Name} needs --param {parameter.Name}=… ({parameter.Description}).{Environment.NewLine}"
            + $"For example: {Launcher.Command} query {query.Name} {example}";
    }

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
