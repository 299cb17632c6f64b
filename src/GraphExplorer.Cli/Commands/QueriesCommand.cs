using System.CommandLine;
using System.Globalization;
using GraphExplorer.Core.Queries;
using Spectre.Console;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>queries</c>: the catalog of curated queries and their parameters.</summary>
internal static class QueriesCommand
{
    public static Command Create()
    {
        var command = new Command("queries", "List the curated queries with their parameters");
        command.SetAction(_ =>
        {
            var table = new Table { Border = TableBorder.Rounded }.AddColumn("Query").AddColumn("Description").AddColumn("Parameters");
            foreach (var query in QueryCatalog.Default.All)
            {
                var parameters = string.Join("\n", query.Parameters.Select(Describe));
                table.AddRow(new Text(query.Name), new Text(query.Description), new Text(parameters));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static string Describe(QueryParameter parameter)
    {
        var kind = parameter.Kind.ToString().ToLowerInvariant() + (parameter.Required ? "" : "?");
        var bounds = parameter.Min is null && parameter.Max is null ? ""
            : string.Create(CultureInfo.InvariantCulture, $" [{parameter.Min}..{parameter.Max}]");
        var fallback = parameter.Default is null ? "" : $" = {Output.ResultTable.Format(parameter.Default)}";
        return $"{parameter.Name} {kind}{fallback}{bounds}";
    }
}
