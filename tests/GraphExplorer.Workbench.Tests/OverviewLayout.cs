using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Workbench.Tests;

/// <summary>The overview's layout as drawn: how many node bodies cover one another.</summary>
internal static class OverviewLayout
{
    // Cytoscape keeps its instance on its container; the boxes are its rendered node bodies, labels left out, and two
    // count as overlapping when they share more than 2 pixels each way (a border's antialiasing is not an overlap).
    private const string CountOverlaps = """
        () => {
          const cy = document.getElementById('graph')._cyreg.cy;
          const boxes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
          let overlapping = 0;
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
            if (dx > 2 && dy > 2) overlapping++;
          }
          return [boxes.length, overlapping];
        }
        """;

    public static async Task<(int Nodes, int OverlappingPairs)> OverlapsAsync(IPage page)
    {
        await Expect(page.Locator("main")).ToHaveAttributeAsync("aria-busy", "false");
        var counts = await page.EvaluateAsync<int[]>(CountOverlaps);
        return (counts[0], counts[1]);
    }
}
