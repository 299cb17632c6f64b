using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Workbench.Tests;

/// <summary>The overview stays readable at a few hundred nodes: the layout leaves no node on top of another.</summary>
[Collection(DenseWorkbenchGroup.Name)]
public sealed class DenseLayoutTests(DenseWorkbenchServer server)
{
    [Fact]
    public async Task The_overview_of_a_few_hundred_nodes_keeps_every_node_apart()
    {
        var browser = server.Require();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address!.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/", new PageGotoOptions { Timeout = 120_000 });
        await Expect(page.Locator("main")).ToHaveAttributeAsync("aria-busy", "false", new LocatorAssertionsToHaveAttributeOptions { Timeout = 120_000 });

        var (nodes, overlapping) = await OverviewLayout.OverlapsAsync(page);
        Assert.True(nodes >= 250, $"the overview shows {nodes} nodes, not a few hundred");
        Assert.Equal(0, overlapping);
        if (server.ReportDirectory is { } directory)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, "dense-overview.png") });
        }
    }
}
