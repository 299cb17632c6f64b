using System.Net;
using GraphExplorer.Api.Tests.Fakes;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Api.Tests;

/// <summary>
/// The response cache: a curated query's answer is kept while the store's version stays the same and computed again
/// after any write; a kept answer is the same bytes as a computed one, and still passes authentication, the rate limit
/// and parameter checks.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string Path = "/api/queries/ego-network?entity=Ada%20Example";
    private const string ReaderKey = "reader-key-0123456789abcdef";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_repeated_query_is_answered_from_the_cache_until_the_store_changes()
    {
        var version = new SettableStoreVersion();
        await using var service = await RunningService.StartAsync(version: version);

        var first = await GetTextAsync(service, Path);
        var second = await GetTextAsync(service, Path);
        Assert.Equal(first, second);
        Assert.Single(service.Store.Runs);

        // A write (a curation renaming Ada) changes the store and its version: the next answer shows it.
        var renamed = new Entity(TestGraph.Ada.Id, TestGraph.Ada.Label, "Ada Renamed", ["Ada Example", .. TestGraph.Ada.Aliases]);
        service.Store.Graph = service.Store.Graph with { Nodes = [renamed, .. service.Store.Graph.Nodes.Where(n => n.Id != renamed.Id)] };
        version.Write();
        var third = await GetTextAsync(service, Path);

        Assert.Equal(2, service.Store.Runs.Count);
        Assert.DoesNotContain("Ada Renamed", first, StringComparison.Ordinal);
        Assert.Contains("Ada Renamed", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_set_of_arguments_is_kept_apart_and_defaults_count_as_given()
    {
        await using var service = await RunningService.StartAsync(version: new SettableStoreVersion());

        var depthOne = await GetTextAsync(service, Path);
        var depthOneSaid = await GetTextAsync(service, Path + "&depth=1");
        var depthTwo = await GetTextAsync(service, Path + "&depth=2");
        var otherEntity = await GetTextAsync(service, "/api/queries/ego-network?entity=Bo%20Sample");
        var byPost = (await service.PostJsonAsync("/api/queries/ego-network", new { entity = "Ada Example", depth = 2 })).Body.GetRawText();

        Assert.Equal(depthOne, depthOneSaid);
        Assert.NotEqual(depthOne, depthTwo);
        Assert.Contains("\"depth\":2", depthTwo, StringComparison.Ordinal);
        Assert.Contains("Bo Sample", otherEntity, StringComparison.Ordinal);
        Assert.Equal(3, service.Store.Runs.Count);
        Assert.Equal(3, service.Store.Runs.Count(r => r.Query.Name == "ego-network"));
        Assert.Contains("\"depth\":2", byPost, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_answer_is_byte_for_byte_the_answer_of_a_service_without_cache()
    {
        await using var cached = await RunningService.StartAsync(version: new SettableStoreVersion());
        await using var uncached = await RunningService.StartAsync();

        using var computed = await uncached.Client.GetAsync(new Uri(Path, UriKind.Relative), Token);
        await GetTextAsync(cached, Path);
        using var kept = await cached.Client.GetAsync(new Uri(Path, UriKind.Relative), Token);

        Assert.Single(cached.Store.Runs);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(computed.Content.Headers.ContentType, kept.Content.Headers.ContentType);
        Assert.Equal(await computed.Content.ReadAsByteArrayAsync(Token), await kept.Content.ReadAsByteArrayAsync(Token));
        // The security headers and the rest, framing and date aside (a kept answer has its length; a computed one may be chunked).
        string[] framing = ["Date", "Transfer-Encoding"];
        Assert.Equal(
            computed.Headers.Where(h => !framing.Contains(h.Key)).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").Order(),
            kept.Headers.Where(h => !framing.Contains(h.Key)).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").Order());
        Assert.Contains("Content-Security-Policy", kept.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task Without_a_store_version_or_with_the_cache_off_every_request_runs_its_query()
    {
        await using var unversioned = await RunningService.StartAsync();
        await using var off = await RunningService.StartAsync(new Dictionary<string, string?> { ["QueryService:ResponseCacheBytes"] = "0" }, version: new SettableStoreVersion());
        var unreadable = new SettableStoreVersion { Failure = new InvalidOperationException("the watch broke") };
        await using var broken = await RunningService.StartAsync(version: unreadable);

        foreach (var service in new[] { unversioned, off, broken })
        {
            await GetTextAsync(service, Path);
            await GetTextAsync(service, Path);
            Assert.Equal(2, service.Store.Runs.Count);
        }
    }

    [Fact]
    public async Task A_kept_answer_still_needs_a_key_and_counts_against_the_rate_limit()
    {
        var settings = new Dictionary<string, string?>
        {
            ["QueryService:ApiKeys:0:Name"] = "reader-bot",
            ["QueryService:ApiKeys:0:Key"] = ReaderKey,
            ["QueryService:ApiKeys:0:Role"] = "reader",
            ["QueryService:RateLimit:PermitsPerSecond"] = "1",
            ["QueryService:RateLimit:Burst"] = "3",
        };
        await using var service = await RunningService.StartAsync(settings, version: new SettableStoreVersion());

        // Parameters are checked before the cache is looked at: a refused request is refused, and spends a permit.
        using var badParameter = await SendAsync(service, ReaderKey, Path + "&depth=9");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await SendAsync(service, ReaderKey);
            statuses.Add(response.StatusCode);
        }

        using var anonymous = await SendAsync(service, key: null);
        using var wrongKey = await SendAsync(service, "not-a-configured-key-at-all");

        Assert.Equal(HttpStatusCode.BadRequest, badParameter.StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(2));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Single(service.Store.Runs);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
    }

    private static async Task<string> GetTextAsync(RunningService service, string path)
    {
        using var response = await service.Client.GetAsync(new Uri(path, UriKind.Relative), Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return text;
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningService service, string? key, string path = Path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-API-Key", key);
        }

        return await service.Client.SendAsync(request, Token);
    }
}
