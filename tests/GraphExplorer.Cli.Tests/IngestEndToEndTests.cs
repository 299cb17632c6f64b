using System.Diagnostics;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary>The real binary on the seed articles: idempotent ingestion and crash safety.</summary>
public sealed class IngestEndToEndTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public async Task Ingesting_the_seeds_twice_gives_identical_counts_and_an_identical_export()
    {
        var token = TestContext.Current.CancellationToken;
        var db = work.File("graph.db");

        var first = await CliProcess.RunAsync(work.Path, token, "--db", db, "ingest", RepoPaths.Seeds);
        var firstExport = await ExportAsync(db, "first.json", token);
        var second = await CliProcess.RunAsync(work.Path, token, "--db", db, "ingest", RepoPaths.Seeds);
        var secondExport = await ExportAsync(db, "second.json", token);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var seedCount = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Length;
        Assert.StartsWith($"articles: {seedCount} new, 0 updated, 0 unchanged, 0 failed", first.Out, StringComparison.Ordinal);
        Assert.StartsWith($"articles: 0 new, 0 updated, {seedCount} unchanged, 0 failed", second.Out, StringComparison.Ordinal);
        Assert.Equal(GraphCounts(first.Out), GraphCounts(second.Out));
        Assert.Equal(firstExport, secondExport);
        Assert.Contains("\"relationships\"", firstExport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_killed_half_way_and_run_again_ends_with_the_same_graph_as_an_uninterrupted_run()
    {
        var token = TestContext.Current.CancellationToken;
        var corpus = Directory.CreateDirectory(work.File("corpus")).FullName;
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        const int copies = 12;
        for (var i = 0; i < copies; i++)
        {
            foreach (var seed in seeds)
            {
                File.Copy(seed, Path.Combine(corpus, $"{i:D2}_{Path.GetFileName(seed)}"));
            }
        }

        var total = copies * seeds.Length;
        var reference = work.File("reference.db");
        var uninterrupted = await CliProcess.RunAsync(work.Path, token, "--db", reference, "ingest", corpus);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Error);

        var crashed = work.File("crashed.db");
        await IngestUntilKilledAsync(crashed, corpus, killAfter: total / 3, token);
        var afterKill = await CliProcess.RunAsync(work.Path, token, "--db", crashed, "stats", "--json");
        Assert.True(afterKill.ExitCode == 0, afterKill.Error);
        var storedBeforeKill = System.Text.Json.JsonDocument.Parse(afterKill.Out).RootElement.GetProperty("articles").GetInt32();
        Assert.InRange(storedBeforeKill, total / 3, total - 1);

        var resumed = await CliProcess.RunAsync(work.Path, token, "--db", crashed, "ingest", corpus);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("0 failed", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(await ExportAsync(reference, "reference.json", token), await ExportAsync(crashed, "crashed.json", token));
    }

    // Starts an ingest with verbose logs and sends SIGKILL once the given number of articles were stored.
    private async Task IngestUntilKilledAsync(string db, string corpus, int killAfter, CancellationToken token)
    {
        using var process = Process.Start(CliProcess.StartInfo(work.Path, "--db", db, "-v", "ingest", corpus))!;
        var stored = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(" New ", StringComparison.Ordinal) == true && Interlocked.Increment(ref stored) == killAfter)
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Linux: no chance to clean up
                killed.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var exited = process.WaitForExitAsync(token);
        var first = await Task.WhenAny(killed.Task, exited);
        Assert.True(first == killed.Task, "the ingest finished before it could be killed; give it more articles");
        await exited;
    }

    private async Task<string> ExportAsync(string db, string name, CancellationToken token)
    {
        var path = work.File(name);
        var export = await CliProcess.RunAsync(work.Path, token, "--db", db, "export", "--format", "json", "-o", path);
        Assert.True(export.ExitCode == 0, export.Error);
        return await File.ReadAllTextAsync(path, token);
    }

    private static string GraphCounts(string summary) => summary[summary.IndexOf("graph:", StringComparison.Ordinal)..].Trim();

    public void Dispose() => work.Dispose();
}
