using System.Text.Json.Nodes;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Export.Tests.Support;

/// <summary>
/// graphology's GraphML and GEXF parsers (npm), run by node over js/read-graph.js: an independent reader
/// of our XML formats. Installs the pinned packages with <c>npm ci</c> on first use; skips without node/npm.
/// </summary>
internal static class GraphologyReader
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "GraphExplorer.Export.Tests", "js");

    public static async Task<JsonObject> ReadAsync(string format, byte[] content)
    {
        var node = ExternalTool.Require("node", "graphology reads GraphML and GEXF under node");
        await EnsureInstalledAsync();
        using var folder = new TempDirectory();
        var file = folder.File("graph." + format);
        await File.WriteAllBytesAsync(file, content, TestContext.Current.CancellationToken);
        var run = await ExternalTool.RunAsync(node, [Path.Combine(Folder, "read-graph.js"), format, file], Folder);
        Assert.True(run.ExitCode == 0, $"graphology could not read the {format}: {run.Error}");
        return JsonNode.Parse(run.Output)!.AsObject();
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphology-gexf")))
            {
                return;
            }

            var npm = ExternalTool.Require("npm", "it installs graphology for the GraphML/GEXF reader");
            var run = await ExternalTool.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], Folder);
            if (run.ExitCode != 0)
            {
                Assert.Skip($"'npm ci' could not install graphology (no registry?): {run.Error.Trim()}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }
}
