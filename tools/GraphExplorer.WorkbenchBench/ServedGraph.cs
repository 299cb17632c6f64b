using System.Diagnostics;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.TestSupport;

namespace GraphExplorer.WorkbenchBench;

/// <summary>
/// The real program as an analyst runs it: <c>graph-explorer ingest</c> into a fresh embedded store in a temporary
/// folder, then <c>graph-explorer serve</c> on a free loopback port. Disposing stops serve and deletes the folder.
/// </summary>
internal sealed class ServedGraph : IAsyncDisposable
{
    private readonly string work;
    private readonly ServeProcess serve;

    private ServedGraph(string work, ServeProcess serve, string ingestSummary, TimeSpan ingestTime)
    {
        this.work = work;
        this.serve = serve;
        IngestSummary = ingestSummary;
        IngestTime = ingestTime;
    }

    public Uri Address => serve.Address;

    public string IngestSummary { get; }

    public TimeSpan IngestTime { get; }

    public static async Task<ServedGraph> StartAsync(IReadOnlyList<string> articles, int synthetic, string? existing, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("workbench-bench-").FullName;
        if (existing is not null && File.Exists(existing))
        {
            return await ServeAsync(work, existing, $"none (the store {existing} as it is)", TimeSpan.Zero, cancellationToken);
        }

        if (synthetic > 0)
        {
            // News-like articles from the extraction benchmark's generator, for a graph of a few hundred nodes.
            var folder = Directory.CreateDirectory(Path.Combine(work, "synthetic")).FullName;
            foreach (var document in SyntheticCorpus.Generate(synthetic * 4_000L).Take(synthetic))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, document.Id + ".txt"), document.Content, cancellationToken);
            }

            articles = [.. articles, folder];
        }

        var database = existing ?? Path.Combine(work, "graph.db");
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await RunAsync(["--db", database, "ingest", .. articles], cancellationToken);
        clock.Stop();
        // Exit code 2 is "some files were refused": the rest is stored and the bench goes on, saying so.
        if (exit is not (0 or 2))
        {
            Directory.Delete(work, recursive: true);
            throw new InvalidOperationException($"ingest failed ({exit}): {error.Trim()}");
        }

        return await ServeAsync(work, database, output.Trim() + (exit == 2 ? " (some files refused)" : ""), clock.Elapsed, cancellationToken);
    }

    private static async Task<ServedGraph> ServeAsync(string work, string database, string summary, TimeSpan ingestTime, CancellationToken cancellationToken)
    {
        try
        {
            var serve = await ServeProcess.StartAsync(
                StartInfo(["--db", database, "serve", "--inbox", Path.Combine(work, "inbox"), "--urls", "http://127.0.0.1:0"]), TimeSpan.FromSeconds(120), cancellationToken);
            return new ServedGraph(work, serve, summary, ingestTime);
        }
        catch
        {
            Directory.Delete(work, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await serve.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph-explorer.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The embedded store, whatever the environment names.
        info.Environment.Remove("GRAPHEXPLORER_Storage__Provider");
        return info;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
