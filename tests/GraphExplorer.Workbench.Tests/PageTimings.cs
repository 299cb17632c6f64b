using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Workbench.Tests;

/// <summary>
/// Not a test of speed (nothing here asserts a time): with <c>WORKBENCH_REPORT_DIR</c> set, the time from opening each
/// main page to its content being shown is written to <c>timings.txt</c> there, for people to read.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class PageTimings(WorkbenchServer server)
{
    [Fact]
    public async Task Main_pages_open_and_show_their_content()
    {
        var browser = server.Require();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address!.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        const string article = "000_40ccdf2e76272ec5"; // a seed article: the store holds the seeds, alone or with more
        var lines = new List<string>();

        async Task TimeAsync(string name, string url, ILocator shown)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(url);
            await Expect(shown).ToBeAttachedAsync(new LocatorAssertionsToBeAttachedOptions { Timeout = 30_000 });
            lines.Add($"{name} ({url}): {clock.ElapsedMilliseconds} ms");
        }

        for (var round = 0; round < 2; round++)
        {
            lines.Add(round == 0 ? "first visit:" : "second visit:");
            await TimeAsync("graph overview", "/", page.Locator("#node-list li").First);
            await TimeAsync("entity page", "/entity/person:qasim-al-araji", page.Locator("#facts tbody tr").First);
            await TimeAsync("article reader", $"/article/{article}", page.Locator(".evidence-mark").First);

            await TimeAsync("query with results", "/query/ego-network?entity=Qasim+al-Araji&depth=2", page.Locator("#result-table tbody tr").First);
            await TimeAsync("curation log", "/curations", page.Locator("h1"));
            var clock = Stopwatch.StartNew();
            await page.FillAsync("#search", "Qassem al Araji");
            await Expect(page.Locator("#search-results [role=option]", new PageLocatorOptions { HasTextString = "Qasim al-Araji" })).ToHaveCountAsync(1);
            lines.Add($"search as you type (text filled to first result): {clock.ElapsedMilliseconds} ms");
        }

        if (server.ReportDirectory is { } directory)
        {
            await File.WriteAllLinesAsync(Path.Combine(directory, "timings.txt"), lines, TestContext.Current.CancellationToken);
        }
    }
}
