using System.Diagnostics;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.TestSupport;
using Microsoft.Playwright;

namespace GraphExplorer.Workbench.Tests;

/// <summary>
/// The real program: the seeds ingested into a fresh embedded store by <c>ingest</c>, then <c>serve</c> on a free
/// loopback port, and Debian's Chromium (<c>/usr/bin/chromium</c>, never a downloaded browser) under Playwright.
/// Without Chromium the tests are skipped with the reason, unless <c>WORKBENCH_TESTS_REQUIRED=1</c> (CI) makes that a failure.
/// <c>WORKBENCH_DB</c> points the tests at an existing store instead; <c>WORKBENCH_REPORT_DIR</c> keeps screenshots there.
/// </summary>
public class WorkbenchServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly TempDirectory work = new();
    private readonly int syntheticArticles;

    public WorkbenchServer()
        : this(0)
    {
    }

    /// <summary>The seeds and this many generated news articles (the extraction benchmark's generator), for a bigger graph.</summary>
    protected WorkbenchServer(int syntheticArticles) => this.syntheticArticles = syntheticArticles;
    private ServeProcess? serve;
    private IPlaywright? playwright;

    public Uri? Address => serve?.Address;

    public IBrowser? Browser { get; private set; }

    public string? UnavailableReason { get; private set; }

    public string? ReportDirectory { get; } = Environment.GetEnvironmentVariable("WORKBENCH_REPORT_DIR") is { Length: > 0 } dir ? Directory.CreateDirectory(dir).FullName : null;

    public string ServeLog => serve?.Log ?? "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            UnavailableReason = $"No Chromium at {ChromiumPath} (apt-get install chromium); the workbench's browser tests need it.";
            return;
        }

        var database = syntheticArticles == 0 && Environment.GetEnvironmentVariable("WORKBENCH_DB") is { Length: > 0 } given ? given : work.File("graph.db");
        if (!File.Exists(database))
        {
            List<string> articles = [RepoPaths.Seeds];
            if (syntheticArticles > 0)
            {
                var folder = Directory.CreateDirectory(work.File("synthetic")).FullName;
                foreach (var document in SyntheticCorpus.Generate(syntheticArticles * 4_000L).Take(syntheticArticles))
                {
                    await File.WriteAllTextAsync(Path.Combine(folder, document.Id + ".txt"), document.Content);
                }

                articles.Add(folder);
            }

            var (exit, _, error) = await RunCliAsync(["--db", database, "ingest", .. articles]);
            if (exit != 0)
            {
                throw new InvalidOperationException($"ingest seeds failed ({exit}): {error}");
            }
        }

        serve = await ServeProcess.StartAsync(
            StartInfo("--db", database, "serve", "--inbox", work.File("inbox"), "--urls", "http://127.0.0.1:0"), TimeSpan.FromSeconds(90));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Playwright gives every launch a fresh temporary profile (its own --user-data-dir).
            Args = ChromiumArguments,
        });
    }

    /// <summary>The browser, or the test is skipped (failed when CI requires it) with the reason.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        var reason = UnavailableReason ?? "the browser did not start";
        if (Environment.GetEnvironmentVariable("WORKBENCH_TESTS_REQUIRED") == "1")
        {
            Assert.Fail("WORKBENCH_TESTS_REQUIRED=1 but " + reason);
        }

        Assert.Skip(reason);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (serve is not null)
        {
            await serve.DisposeAsync();
        }

        work.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph-explorer.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("GRAPHEXPLORER_Storage__Provider");
        return info;
    }

    private static async Task<(int Exit, string Out, string Error)> RunCliAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}

[CollectionDefinition(Name)]
public sealed class WorkbenchGroup : ICollectionFixture<WorkbenchServer>
{
    public const string Name = "workbench";
}

/// <summary>A graph of a few hundred nodes: the seeds and 300 generated news articles, served as <see cref="WorkbenchServer"/> serves the seeds.</summary>
public sealed class DenseWorkbenchServer : WorkbenchServer
{
    public DenseWorkbenchServer()
        : base(300)
    {
    }
}

[CollectionDefinition(Name)]
public sealed class DenseWorkbenchGroup : ICollectionFixture<DenseWorkbenchServer>
{
    public const string Name = "dense workbench";
}
