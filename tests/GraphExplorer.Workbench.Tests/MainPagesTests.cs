using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Workbench.Tests;

/// <summary>
/// Every main page, opened by its URL as a shared link opens it, becomes ready (<c>main[aria-busy=false]</c>) with its
/// content and without a script error or CSP violation. Their timings are measured by tools/GraphExplorer.WorkbenchBench.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class MainPagesTests(WorkbenchServer server)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "#node-list li" },
        { "/entity/person:qasim-al-araji", "#timeline li" },
        { "/article/000_40ccdf2e76272ec5", ".evidence-mark" },
        { "/queries", "#catalog li" },
        { "/query/ego-network?entity=Qasim+al-Araji&depth=2", "#result-table tbody tr" },
        { "/query/timeline?entity=Qasim+al-Araji", "#result-table tbody tr" },
        { "/curations", "main h1" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_main_page_opens_ready_with_its_content(string url, string content)
    {
        var browser = server.Require();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address!.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(url);

        await Expect(page.Locator("main")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(page.Locator(content).First).ToBeAttachedAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => performance.getEntriesByName('workbench-ready').length"));
        Assert.True(errors.Count == 0, "The page reported errors:\n" + string.Join("\n", errors));
    }
}
