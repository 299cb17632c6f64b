using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphExplorer.WorkbenchBench;

/// <summary>
/// Times the main pages: each is opened by URL (a full page load, as a shared link opens it) and timed from the
/// navigation's start to its first contentful paint (the page shell) and to its ready state (the workbench sets
/// <c>main[aria-busy=false]</c> and a <c>workbench-ready</c> performance mark once the view has its data and has
/// drawn it: graph laid out, highlights placed, query results shown). Round 1 is a first visit (empty cache); the
/// later rounds are repeat visits, reported as their median. Then the API behind the pages, sample by sample.
/// </summary>
internal static class WorkbenchBenchmark
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"workbench-bench: {Environment.ProcessorCount} cores, load average {LoadAverage()}; figures measured on this machine as loaded now");
        output.WriteLine(options.Database is not null ? $"store: {options.Database}" : $"articles: {string.Join(", ", options.Articles)}{(options.Synthetic > 0 ? $", and {options.Synthetic} synthetic articles" : "")}");
        await using var served = await ServedGraph.StartAsync(options.Articles, options.Synthetic, options.Database, cancellationToken);
        output.WriteLine($"ingest: {served.IngestSummary} in {served.IngestTime.TotalSeconds:0.0} s");
        output.WriteLine($"serve: {served.Address}");

        using var http = new HttpClient { BaseAddress = served.Address, Timeout = TimeSpan.FromSeconds(60) };
        var targets = await Targets.ChooseAsync(http, options.SearchText, cancellationToken);
        output.WriteLine($"graph: {targets.Describe()}");

        var pages = new PageSpec[]
        {
            new("graph overview", "/", "#node-list li"),
            new("entity page with timeline", $"/entity/{targets.EntityPath}", "#timeline li"),
            new("article reader with highlights", $"/article/{Uri.EscapeDataString(targets.ArticleId)}#s-{targets.EvidenceStart}", ".evidence-mark.active"),
            new("query form with results (ego-network, depth 2)", $"/query/ego-network?{Query(("entity", targets.EntityName), ("depth", "2"))}", "#result-table tbody tr"),
            new("timeline query", $"/query/timeline?{Query(("entity", targets.EntityName))}", "#result-table tbody tr"),
            new("curation log", "/curations", "main h1"),
        };

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.Chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
        var browserTimer = new BrowserTimer(browser, served.Address, options.ScreenshotDirectory);
        var results = await browserTimer.RunAsync(pages, options.SearchText, options.Rounds, cancellationToken);

        output.WriteLine();
        output.WriteLine($"pages in headless Chromium {browser.Version} at 1400x900 (ms from navigation start; first visit, then the median of {options.Rounds - 1} repeat visit(s)):");
        output.WriteLine($"  {"page",-52} {"first paint",12} {"ready",8} {"repeat paint",13} {"repeat ready",13}  shown");
        foreach (var r in results)
        {
            output.WriteLine($"  {r.Name,-52} {Ms(r.FirstPaint[0]),12} {Ms(r.Ready[0]),8} {Ms(Median(r.FirstPaint.Skip(1))),13} {Ms(Median(r.Ready.Skip(1))),13}  {r.Shown}");
        }

        output.WriteLine($"  overview layout: {browserTimer.Layout}");

        output.WriteLine();
        output.WriteLine($"API on loopback ({options.ApiSamples} sequential samples each after 3 warm-ups; median and p95, ms):");
        var endpoints = new (string Name, string Path)[]
        {
            ("workbench page (index.html)", "/"),
            ("bundle (app.js)", "/assets/app.js"),
            ("search as you type", $"/api/queries/search?{Query(("text", options.SearchText), ("limit", "10"))}"),
            ("graph overview (limit 300)", "/api/graph?limit=300"),
            ("entity", $"/api/entities/{Uri.EscapeDataString(targets.EntityId)}"),
            ("article with offsets", $"/api/articles/{Uri.EscapeDataString(targets.ArticleId)}"),
            ("query ego-network depth 2", $"/api/queries/ego-network?{Query(("entity", targets.EntityName), ("depth", "2"))}"),
            ("query timeline", $"/api/queries/timeline?{Query(("entity", targets.EntityName))}"),
            ("catalog", "/api/queries"),
            ("curation log", "/api/curations/"),
        };
        foreach (var (name, path) in endpoints)
        {
            var times = await TimeRequestsAsync(http, path, options.ApiSamples, cancellationToken);
            output.WriteLine($"  {name,-32} median {Ms(Median(times)),7}  p95 {Ms(Percentile(times, 0.95)),7}   GET {path}");
        }

        if (options.ScreenshotDirectory is { } directory)
        {
            output.WriteLine();
            output.WriteLine($"screenshots: {directory}");
        }

        return 0;
    }

    private static async Task<List<double>> TimeRequestsAsync(HttpClient http, string path, int samples, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var i = 0; i < samples + 3; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
            clock.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            if (i >= 3)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    internal static string Query(params (string Key, string Value)[] pairs) =>
        string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value).Replace("%20", "+", StringComparison.Ordinal)}"));

    private static double? Median(IEnumerable<double?> values) => Percentile(values.OfType<double>().ToList(), 0.5);

    private static double? Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    private static double? Percentile(IReadOnlyList<double> values, double share)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = share * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    private static string Ms(double? value) => value is null ? "-" : value.Value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}

/// <summary>A main page: its name, its URL, and the element that shows it holds its content (not an error).</summary>
internal sealed record PageSpec(string Name, string Path, string Content);

/// <summary>One page's figures, one entry per round (null when the browser reported no paint).</summary>
internal sealed record PageResult(string Name, List<double?> FirstPaint, List<double?> Ready, string Shown);

/// <summary>What the pages open, chosen from the served graph by rule: the most connected person and its busiest article.</summary>
internal sealed record Targets(string EntityId, string EntityName, string ArticleId, string ArticleTitle, int ArticleFacts, int EvidenceStart, int OverviewNodes, int OverviewEdges)
{
    public string EntityPath => Uri.EscapeDataString(EntityId).Replace("%3A", ":", StringComparison.Ordinal);

    public string Describe() =>
        $"overview {OverviewNodes} nodes, {OverviewEdges} edges; entity {EntityName} ({EntityId}); article '{ArticleTitle}' ({ArticleFacts} facts)";

    public static async Task<Targets> ChooseAsync(HttpClient http, string searchText, CancellationToken cancellationToken)
    {
        using var overview = await GetJsonAsync(http, "/api/graph?limit=300", cancellationToken);
        var nodes = overview.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var relationships = overview.RootElement.GetProperty("relationships").EnumerateArray().ToList();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in relationships)
        {
            foreach (var end in new[] { r.GetProperty("source").GetString()!, r.GetProperty("target").GetString()! })
            {
                degree[end] = degree.GetValueOrDefault(end) + 1;
            }
        }

        var person = nodes.Where(n => n.GetProperty("label").GetString() == "Person")
            .OrderByDescending(n => degree.GetValueOrDefault(n.GetProperty("id").GetString()!)).ThenBy(n => n.GetProperty("id").GetString(), StringComparer.Ordinal)
            .FirstOrDefault();
        if (person.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException("the served graph holds no connected person to open");
        }

        var entityId = person.GetProperty("id").GetString()!;
        using var entity = await GetJsonAsync(http, $"/api/entities/{Uri.EscapeDataString(entityId)}", cancellationToken);
        (string Id, string Title, int Facts, int Start) busiest = default;
        foreach (var article in entity.RootElement.GetProperty("articles").EnumerateArray().Take(12))
        {
            var id = article.GetProperty("id").GetString()!;
            using var text = await GetJsonAsync(http, $"/api/articles/{Uri.EscapeDataString(id)}", cancellationToken);
            var facts = text.RootElement.GetProperty("facts").EnumerateArray().ToList();
            var evidence = facts.SelectMany(f => f.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("start").GetInt32()).ToList();
            if (evidence.Count > 0 && facts.Count > busiest.Facts)
            {
                busiest = (id, text.RootElement.GetProperty("title").GetString() ?? id, facts.Count, evidence.Min());
            }
        }

        if (busiest.Id is null)
        {
            throw new InvalidOperationException($"no article of {entityId} has evidence to highlight");
        }

        return new Targets(entityId, person.GetProperty("name").GetString()!, busiest.Id, busiest.Title ?? busiest.Id, busiest.Facts, busiest.Start, nodes.Count, relationships.Count);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(body) : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
    }
}
