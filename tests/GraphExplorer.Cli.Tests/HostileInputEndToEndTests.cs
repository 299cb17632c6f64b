using System.Diagnostics;
using System.IO.Compression;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// The real program on hostile input: each refusal is one line on stderr naming the file and the reason, exit
/// code 2, no stack trace, and whatever else was given is still stored.
/// </summary>
public sealed class HostileInputEndToEndTests
{
    [Fact]
    public async Task Ingest_refuses_a_fifo_and_links_in_one_line_each_and_stores_the_rest()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "fifos and /dev/zero are Unix things");
        using var work = new TempDirectory();
        var articles = Path.Combine(work.Path, "articles");
        Directory.CreateDirectory(articles);
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(2))
        {
            File.Copy(seed, Path.Combine(articles, Path.GetFileName(seed)));
        }

        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(articles, "001-pipe.txt")]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        File.CreateSymbolicLink(Path.Combine(articles, "zero.txt"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(articles, "etc"), "/etc");
        var db = Path.Combine(work.Path, "graph.db");

        var run = await CliProcess.RunAsync(work.Path, TestContext.Current.CancellationToken, "--db", db, "ingest", articles);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("articles: 2 new, 0 updated, 0 unchanged, 3 failed", run.Out, StringComparison.Ordinal);
        // stderr: one warning line per refused file, then where the graph went and what to try next
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(" Failed ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("3 files were refused; the reasons are above.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("001-pipe.txt: is a fifo (named pipe), not a regular file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("zero.txt: is a symbolic link (to /dev/zero)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("etc: is a symbolic link (to /etc)", StringComparison.Ordinal));

        var export = await CliProcess.RunAsync(work.Path, TestContext.Current.CancellationToken, "--db", db, "export", "--format", "json");
        Assert.DoesNotContain(work.Path, export.Out, StringComparison.Ordinal);
        Assert.Contains("\"source\": \"000_", export.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bomb.zip", "neo4j-csv", "zip bomb")]
    [InlineData("nested.cypher", "cypher", "nested more than 32 deep")]
    [InlineData("alien.json", "json", "has label 'Alien'")]
    [InlineData("infinite.cypher", "cypher", "has confidence Infinity")]
    [InlineData("create.cypher", "cypher", "'CREATE ( p : Person")]
    public async Task Import_refuses_a_hostile_file_in_one_line_with_exit_code_2(string name, string format, string reason)
    {
        using var work = new TempDirectory();
        var file = Path.Combine(work.Path, name);
        await File.WriteAllBytesAsync(file, Hostile(name), TestContext.Current.CancellationToken);

        var run = await CliProcess.RunAsync(work.Path, TestContext.Current.CancellationToken, "--db", Path.Combine(work.Path, "graph.db"), "import", "--format", format, file);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(file + ": ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    private static byte[] Hostile(string name)
    {
        const string node = "MERGE (n:Entity {id: 'person:x'}) SET n:`Person`, n += {name: 'X', aliases: []};\n";
        const string article = "MERGE (a:Article {id: 'a'}) SET a += {title: 'A'};\n";
        switch (name)
        {
            case "bomb.zip":
                using (var output = new MemoryStream())
                {
                    using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                    using (var entry = zip.CreateEntry("nodes.csv", CompressionLevel.SmallestSize).Open())
                    {
                        var chunk = new byte[1 << 20];
                        Array.Fill(chunk, (byte)'a');
                        for (var i = 0; i < 64; i++)
                        {
                            entry.Write(chunk);
                        }
                    }

                    return output.ToArray();
                }

            case "nested.cypher":
                return System.Text.Encoding.UTF8.GetBytes(node.Replace("aliases: []", "aliases: " + new string('[', 100_000), StringComparison.Ordinal));
            case "alien.json":
                return """{"nodes": [{"id": "x:y", "label": "Alien", "name": "Y", "aliases": []}], "relationships": [], "articles": [{"id": "a", "title": "A"}]}"""u8.ToArray();
            case "infinite.cypher":
                return System.Text.Encoding.UTF8.GetBytes(node + node.Replace("person:x", "person:y", StringComparison.Ordinal) + article
                    + "MATCH (s:Entity {id: 'person:x'}) MATCH (t:Entity {id: 'person:y'}) MERGE (s)-[r:`MET_WITH` {key: 'MET_WITH|person:x|person:y'}]->(t) "
                    + "SET r += {confidence: 1e999, evidenceArticles: ['a'], evidenceSentences: ['X met Y.'], evidenceStarts: [0], evidenceEnds: [8]};\n");
            default:
                return System.Text.Encoding.UTF8.GetBytes(node + article + "CREATE (p:Person {id: 'person:new', name: 'New'});\n");
        }
    }
}
