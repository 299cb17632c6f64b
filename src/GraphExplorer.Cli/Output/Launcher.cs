namespace GraphExplorer.Cli.Output;

/// <summary>How the person at the terminal runs this program, so that a hint can be pasted as it is.</summary>
internal static class Launcher
{
    /// <summary>
    /// The launcher script exports <c>GRAPH_EXPLORER_LAUNCHER</c> (for example <c>./graph-explorer</c>); run any
    /// other way (an installed or published binary, <c>dotnet run</c>) the program is called <c>graph-explorer</c>.
    /// Not prefixed <c>GRAPHEXPLORER_</c>: that prefix is configuration.
    /// </summary>
    public static string Command =>
        Environment.GetEnvironmentVariable("GRAPH_EXPLORER_LAUNCHER") is { Length: > 0 } launcher ? launcher : "graph-explorer";
}
