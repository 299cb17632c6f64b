using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

/// <summary>The root command: global options and every subcommand.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("GraphExplorer: turn news articles into an evidenced relationship graph and explore it.");
        root.Options.Add(GlobalOptions.Database);
        root.Options.Add(GlobalOptions.Store);
        root.Options.Add(GlobalOptions.Verbose);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(QueriesCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(BrowserGuideCommand.Create());
        root.Subcommands.Add(TrainSyntaxCommand.Create());
        root.Subcommands.Add(EvalSyntaxCommand.Create());
        root.Subcommands.Add(PruneSyntaxCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        return root;
    }
}
