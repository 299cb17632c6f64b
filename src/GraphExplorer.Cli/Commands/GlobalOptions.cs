using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

/// <summary>Options every command accepts; they override appsettings.json and environment.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Embedded store file (default ./data/graph.db)",
        HelpName = "FILE",
        Recursive = true,
    };

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "Graph store: sqlite (embedded, default) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log every article and store operation",
        Recursive = true,
    };

    static GlobalOptions()
    {
        Store.AcceptOnlyFromAmong("sqlite", "neo4j");
    }
}
