using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("stats", "Counts of articles, entities and relationships in the store") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = AppHost.Build(parse);
            await host.StartAsync(cancellationToken);
            var stats = await host.Services.GetRequiredService<IGraphReader>().GetStatsAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(stats, JsonOutput.Options));
                return 0;
            }

            var table = new Table().AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
            table.AddRow("Articles", stats.Articles.ToString("N0"));
            table.AddRow("Failed articles", stats.FailedArticles.ToString("N0"));
            table.AddRow("Entities", stats.Entities.ToString("N0"));
            foreach (var (label, count) in stats.EntitiesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                table.AddRow("  " + Markup.Escape(label), count.ToString("N0"));
            }

            table.AddRow("Relationships", stats.Relationships.ToString("N0"));
            foreach (var (type, count) in stats.RelationshipsByType.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                table.AddRow("  " + Markup.Escape(type), count.ToString("N0"));
            }

            table.AddRow("Evidence sentences", stats.EvidenceSentences.ToString("N0"));
            AnsiConsole.Write(table);
            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
