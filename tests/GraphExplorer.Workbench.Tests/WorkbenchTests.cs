using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Workbench.Tests;

/// <summary>The analyst's path through the workbench in a real headless Chromium: search, entity, article, query, merge, undo.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class WorkbenchTests(WorkbenchServer server) : IAsyncLifetime
{
    private const string Araji = "person:qasim-al-araji";
    private const string Rebar = "person:rebar-ahmed";

    private readonly List<string> pageErrors = [];
    private IBrowserContext? context;
    private IPage? page;

    private IPage Page => page!;

    public async ValueTask InitializeAsync()
    {
        var browser = server.Browser;
        if (browser is null)
        {
            return;
        }

        context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address!.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, AcceptDownloads = true });
        page = await context.NewPageAsync();
        // Any script error or CSP violation fails the test: the page must work under its own policy.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                pageErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => pageErrors.Add(error);
    }

    [Fact]
    public async Task Search_as_you_type_finds_a_transliterated_name_and_opens_its_entity_page_by_keyboard()
    {
        server.Require();
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("/");
        await Expect(Page.Locator("#search")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Qassem al Araji");
        var options = Page.Locator("#search-results [role=option]");
        await Expect(options.Filter(new LocatorFilterOptions { HasTextString = "Qasim al-Araji" })).ToHaveCountAsync(1);
        // Other spellings of the name may rank first (a store with more articles can hold a 'Qasem al-Araji' too): arrow down to it.
        var texts = await options.AllTextContentsAsync();
        for (var i = 0; i < texts.ToList().FindIndex(t => t.Contains("Qasim al-Araji", StringComparison.Ordinal)); i++)
        {
            await Page.Keyboard.PressAsync("ArrowDown");
        }

        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex($"/entity/{Regex.Escape(Araji)}$"));
        await Expect(Page.Locator("#entity-name")).ToHaveTextAsync("Qasim al-Araji");
        await Expect(Page.Locator("#facts tbody tr").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#timeline li").First).ToBeVisibleAsync();
        await ScreenshotAsync("entity");
        NoPageErrors();
    }

    [Fact]
    public async Task The_entity_timeline_tells_dates_the_text_states_from_reporting_dates()
    {
        server.Require();
        await Page.GotoAsync("/entity/organization:kurdistan-regional-government");

        // the seeds date the Prime Minister's statement of Dec. 20; the cooperation with Iraq carries its article's publication date
        await Expect(Page.Locator("#timeline li.stated").First).ToContainTextAsync("2023-12-20");
        await Expect(Page.Locator("#timeline li.reported").First).ToContainTextAsync("reported");
        NoPageErrors();
    }

    [Fact]
    public async Task A_citation_opens_the_article_with_its_evidence_sentence_highlighted_and_linked_to_the_fact()
    {
        server.Require();
        await Page.GotoAsync($"/entity/{Araji}");
        var citation = Page.Locator("#facts .citation").First;
        var sentence = (await Page.Locator("#facts .evidence q").First.TextContentAsync())!;

        await citation.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/article/[^/#]+#s-\d+$"));
        var highlighted = Page.Locator(".evidence-mark.active");
        await Expect(highlighted).ToHaveCountAsync(1);
        await Expect(highlighted).ToHaveTextAsync(sentence);
        await Expect(Page.Locator("#article-facts li.active").First).ToBeVisibleAsync();
        var articleId = Regex.Match(Page.Url, @"/article/([^/#]+)#").Groups[1].Value;
        using var article = JsonDocument.Parse(await (await Page.APIRequest.GetAsync($"/api/articles/{articleId}")).TextAsync());
        var sentences = article.RootElement.GetProperty("facts").EnumerateArray()
            .SelectMany(f => f.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("start").GetInt32()).Distinct().Count();
        Assert.Equal(sentences, await Page.Locator(".evidence-mark").CountAsync());
        await ScreenshotAsync("article");

        // A highlight links to its fact, and the fact back to its sentence.
        await highlighted.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"#fact-\d+$"));
        await Expect(Page.Locator("#article-facts li.active")).ToHaveCountAsync(1);
        NoPageErrors();
    }

    [Fact]
    public async Task A_curated_query_runs_from_its_generated_form_with_table_graph_and_every_export()
    {
        server.Require();
        await Page.GotoAsync("/queries");
        await Page.Locator("#catalog a", new PageLocatorOptions { HasTextString = "ego-network" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/query/ego-network$"));

        await Page.FillAsync("#param-entity", "Qasim al-Araji");
        await Page.FillAsync("#param-depth", "2");
        await Page.ClickAsync("#run-query");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/query/ego-network\?entity=Qasim\+al-Araji&depth=2"));
        await Expect(Page.Locator("#result-table tbody tr").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#result-graph canvas").First).ToBeAttachedAsync();
        var formats = await Page.Locator("#exports button").CountAsync();
        Assert.True(formats >= 5, $"one export button per format, found {formats}");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#exports button[data-format=json]").ClickAsync());
        Assert.Equal("ego-network.json", download.SuggestedFilename);
        await ScreenshotAsync("query");

        // The URL is shareable: opening it runs the query with the same parameters.
        await Page.GotoAsync("/query/ego-network?entity=Qasim+al-Araji&depth=2");
        await Expect(Page.Locator("#param-depth")).ToHaveValueAsync("2");
        await Expect(Page.Locator("#result-table tbody tr").First).ToBeVisibleAsync();
        NoPageErrors();
    }

    [Fact]
    public async Task Merging_two_entities_changes_the_graph_and_undo_restores_it()
    {
        server.Require();
        var rebarInGraph = Page.Locator($"#node-list li[data-id='{Rebar}']");
        await Page.GotoAsync($"/?entity={Araji}");
        await Expect(Page.Locator($"#node-list li[data-id='{Araji}']")).ToHaveCountAsync(1);
        await Expect(rebarInGraph).ToHaveCountAsync(1);
        await ScreenshotAsync("graph-before-merge");

        await Page.GotoAsync($"/entity/{Araji}");
        await Page.ClickAsync("#merge");
        await Page.FillAsync("#merge-search", "Rebar Ahmed");
        await Page.Locator("#merge-results button").First.ClickAsync();
        await Expect(Page.Locator("#toast")).ToContainTextAsync("merged");
        await Expect(Page.Locator("#aliases")).ToContainTextAsync("Rebar Ahmed");

        await Page.GotoAsync($"/?entity={Araji}");
        await Expect(Page.Locator($"#node-list li[data-id='{Araji}']")).ToHaveCountAsync(1);
        await Expect(rebarInGraph).ToHaveCountAsync(0);
        await ScreenshotAsync("graph-after-merge");

        await Page.GotoAsync("/curations");
        var merge = Page.Locator("#curation-log tbody tr", new PageLocatorOptions { HasTextString = "merged" }).First;
        await Expect(merge).ToContainTextAsync("local");
        await ScreenshotAsync("curation-log");
        await merge.Locator("button", new LocatorLocatorOptions { HasTextString = "Undo" }).ClickAsync();
        await Expect(Page.Locator("#curation-log tbody tr.undone").First).ToContainTextAsync("undone by local");

        await Page.GotoAsync($"/?entity={Araji}");
        await Expect(rebarInGraph).ToHaveCountAsync(1);
        NoPageErrors();
    }

    [Fact]
    public async Task The_overview_graph_filters_by_label_and_edge_type()
    {
        server.Require();
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#node-list li").First).ToBeAttachedAsync();
        var all = await Page.Locator("#node-list li").CountAsync();
        await ScreenshotAsync("overview");

        await Page.Locator("input[name=label][value=Person]").UncheckAsync();
        await Expect(Page.Locator("#node-list li")).Not.ToHaveCountAsync(all);
        Assert.Equal(0, await Page.Locator("#node-list li .label-Person").CountAsync());

        await Page.Locator("input[name=label][value=Person]").CheckAsync();
        await Expect(Page.Locator("#node-list li")).ToHaveCountAsync(all);
        var counts = await Page.Locator("#graph-counts").TextContentAsync();
        await Page.Locator("input[name=edge-type][value=MET_WITH]").UncheckAsync();
        await Expect(Page.Locator("#graph-counts")).Not.ToHaveTextAsync(counts!);
        NoPageErrors();
    }

    private void NoPageErrors() => Assert.True(pageErrors.Count == 0, "The page reported errors:\n" + string.Join("\n", pageErrors));

    private async Task ScreenshotAsync(string name)
    {
        if (server.ReportDirectory is { } directory)
        {
            await Page.WaitForTimeoutAsync(600); // the layout settles; only for the pictures kept for people
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png") });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }
    }
}
