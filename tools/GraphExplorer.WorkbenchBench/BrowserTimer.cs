using System.Text.Json;
using Microsoft.Playwright;

namespace GraphExplorer.WorkbenchBench;

/// <summary>Opens each page by URL in Chromium and reads the browser's own clocks: first contentful paint and the workbench's ready mark.</summary>
internal sealed class BrowserTimer(IBrowser browser, Uri address, string? screenshotDirectory)
{
    // Read after the page is ready: the paint entry and the last ready mark, both in ms from the navigation's start.
    private const string ReadClocks = """
        () => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          ready: performance.getEntriesByName('workbench-ready').at(-1)?.startTime ?? null,
        })
        """;

    // Types into the search box as a person does (one input event per character is not needed: the box debounces) and
    // waits for the first option; the time includes the box's 120 ms debounce, as an analyst waits it.
    private const string SearchAsYouType = """
        async (text) => {
          const input = document.getElementById('search');
          const list = document.getElementById('search-results');
          const started = performance.now();
          const shown = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (list.querySelector('[role=option]')) { observer.disconnect(); resolve(performance.now()); }
            });
            observer.observe(list, { childList: true, subtree: true });
          });
          input.focus();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return (await shown) - started;
        }
        """;

    // How readable the overview's layout is: node bodies that overlap, and labels (as drawn at the fitted zoom) that overlap
    // another label or node. Cytoscape keeps its instance on its container.
    private const string LayoutOverlaps = """
        () => {
          const cy = document.getElementById('graph')._cyreg.cy;
          const nodes = cy.nodes(':visible');
          const bodies = nodes.map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
          const labelled = nodes.filter((n) => !n.hasClass('quiet') && cy.zoom() * parseFloat(n.style('font-size')) >= 7);
          const labels = labelled.map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false }) }));
          const hit = (a, b) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
          let bodyPairs = 0, labelPairs = 0, labelOnNode = 0;
          for (let i = 0; i < bodies.length; i++) for (let j = i + 1; j < bodies.length; j++) if (hit(bodies[i], bodies[j])) bodyPairs++;
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) if (hit(labels[i].box, labels[j].box)) labelPairs++;
            nodes.forEach((n, k) => { if (n.id() !== labels[i].id && hit(labels[i].box, bodies[k])) labelOnNode++; });
          }
          const layout = performance.getEntriesByName('workbench-layout').at(-1)?.duration;
          return `${nodes.length} nodes, ${cy.edges(':visible').length} edges laid out in ${layout === undefined ? '?' : Math.round(layout)} ms (fCoSE and the overlap removal, in the page) `
            + `at zoom ${cy.zoom().toFixed(2)}: ${bodyPairs} pairs of nodes overlap; `
            + `${labels.length} names drawn (the rest appear on zooming in), ${labelPairs} pairs of names overlap, ${labelOnNode} names cover a node`;
        }
        """;

    /// <summary>The overview's layout as first drawn, in words (set by <see cref="RunAsync"/>).</summary>
    public string? Layout { get; private set; }

    public async Task<IReadOnlyList<PageResult>> RunAsync(IReadOnlyList<PageSpec> pages, string searchText, int rounds, CancellationToken cancellationToken)
    {
        var results = pages.Select(p => new PageResult(p.Name, [], [], "")).ToList();
        var search = new PageResult($"search as you type '{searchText}' (input to first option)", [], [], "");
        // One context for all rounds: round 1 meets an empty cache, the later rounds the browser's cache (304s) as a returning analyst does.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (paint, ready, shown) = await OpenAsync(page, pages[i], round == 0 ? Slug(pages[i].Name) : null);
                results[i].FirstPaint.Add(paint);
                results[i].Ready.Add(ready);
                if (round == 0)
                {
                    results[i] = results[i] with { Shown = shown };
                    if (pages[i].Path == "/")
                    {
                        Layout = await page.EvaluateAsync<string>(LayoutOverlaps);
                    }
                }
            }

            await page.GotoAsync("/");
            await page.Locator("main[aria-busy=false]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            search.Ready.Add(await page.EvaluateAsync<double>(SearchAsYouType, searchText));
            search.FirstPaint.Add(null);
            if (round == 0 && screenshotDirectory is not null)
            {
                await ScreenshotAsync(page, "search");
            }

            await page.Keyboard.PressAsync("Escape");
        }

        results.Add(search with { Shown = $"{await page.Locator("#search-results [role=option]").CountAsync()} options" });
        return results;
    }

    private async Task<(double? Paint, double? Ready, string Shown)> OpenAsync(IPage page, PageSpec spec, string? screenshot)
    {
        await page.GotoAsync(spec.Path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.Locator("main[aria-busy=false]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        if (await page.Locator(spec.Content).CountAsync() == 0)
        {
            var said = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"{spec.Name} ({spec.Path}) became ready without its content ({spec.Content}): {said[..Math.Min(300, said.Length)]}");
        }

        // The first contentful paint is reported a frame after it happens; wait for that frame.
        await page.EvaluateAsync("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
        var clocks = await page.EvaluateAsync<JsonElement>(ReadClocks);
        var shown = await DescribeAsync(page);
        if (screenshot is not null && screenshotDirectory is not null)
        {
            await ScreenshotAsync(page, screenshot);
        }

        return (Number(clocks, "paint"), Number(clocks, "ready"), shown);
    }

    private static async Task<string> DescribeAsync(IPage page)
    {
        string[] counters = ["#graph-counts", "#query-counts", ".article-page .hint", "#entity-name"];
        foreach (var counter in counters)
        {
            var found = page.Locator(counter);
            if (await found.CountAsync() > 0)
            {
                return (await found.First.InnerTextAsync()).Trim();
            }
        }

        return (await page.Locator("main h1").First.InnerTextAsync()).Trim();
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(screenshotDirectory!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshotDirectory!, name + ".png") });
    }

    private static string Slug(string name) =>
        string.Join("-", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)).ToLowerInvariant();

    private static double? Number(JsonElement clocks, string name) =>
        clocks.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
