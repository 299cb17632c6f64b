namespace GraphExplorer.TestSupport;

/// <summary>Locates the repository and the shared folder beside it, from wherever the tests run.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds GraphExplorer.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The project's seed articles.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The curated Cypher files.</summary>
    public static string Cypher => Path.Combine(Root, "cypher");

    /// <summary>Golden query results, shared by both stores.</summary>
    public static string Golden => Path.Combine(Root, "tests", "golden");

    /// <summary>../shared beside the repository (seeds, gold annotation, recorded Neo4j exchanges), or null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"GraphExplorer.sln not found above {AppContext.BaseDirectory}.");
    }
}
