using GraphExplorer.Api.Benchmark;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Tests;

/// <summary>The load benchmark: open loop at a fixed rate, latencies counted from when each request was due.</summary>
public sealed class LoadBenchmarkTests
{
    private static readonly Dictionary<string, string?> NoRateLimit = new() { ["QueryService:RateLimit:PermitsPerSecond"] = "0" };

    [Fact]
    public async Task Open_loop_sends_the_rate_times_the_duration_and_reports_the_offered_rate()
    {
        await using var service = await RunningService.StartAsync(NoRateLimit);

        var figures = await LoadBenchmark.RunAsync(
            service.Address, ["/api/queries/dated-edges"], concurrency: 8, TimeSpan.Zero, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken, rate: 200);

        Assert.Equal(200, figures.Requests);
        Assert.Equal(0, figures.Errors);
        Assert.Equal(200, figures.OfferedRate);
        Assert.Contains("due at 200 req/s, at most 8 in flight", figures.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_falls_behind_the_rate_shows_it_in_the_latencies()
    {
        // 40 ms per answer and one request in flight carry 25 req/s; 100 are due each second. Counted from when each
        // was sent, every latency would be about 40 ms; counted from when it was due, the queue shows.
        await using var service = await RunningService.StartAsync(NoRateLimit, arrange: store => store.Respond = async (query, arguments, cancellationToken) =>
        {
            await Task.Delay(40, cancellationToken);
            return new QueryResult(query.Name, arguments, ["n"], [], Core.Model.Subgraph.Empty);
        });

        var figures = await LoadBenchmark.RunAsync(
            service.Address, ["/api/queries/dated-edges"], concurrency: 1, TimeSpan.Zero, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken, rate: 100);

        Assert.Equal(100, figures.Requests);
        Assert.True(figures.P99 > 1000, $"p99 {figures.P99:0} ms should include the time spent waiting behind the queue");
    }

    [Fact]
    public async Task Requests_carry_the_keys_in_turn_and_each_key_has_its_own_rate_limit()
    {
        // 2 permits a second per key: 40 requests a second from one key would be refused; spread over 20 keys, none is.
        var settings = new Dictionary<string, string?> { ["QueryService:RateLimit:PermitsPerSecond"] = "2", ["QueryService:RateLimit:Burst"] = "2" };
        var keys = Enumerable.Range(0, 20).Select(i => $"load-analyst-key-{i:00}-0123456789").ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            settings[$"QueryService:ApiKeys:{i}:Name"] = $"analyst-{i}";
            settings[$"QueryService:ApiKeys:{i}:Key"] = keys[i];
        }

        await using var service = await RunningService.StartAsync(settings);

        var spread = await LoadBenchmark.RunAsync(
            service.Address, ["/api/queries/dated-edges"], concurrency: 4, TimeSpan.Zero, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken, rate: 40, apiKeys: keys);
        var oneKey = await LoadBenchmark.RunAsync(
            service.Address, ["/api/queries/dated-edges"], concurrency: 4, TimeSpan.Zero, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken, rate: 40, apiKeys: [keys[0]]);
        var noKey = await LoadBenchmark.RunAsync(
            service.Address, ["/api/queries/dated-edges"], concurrency: 1, TimeSpan.Zero, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken, rate: 5);

        Assert.Equal(0, spread.Errors);
        Assert.True(oneKey.Errors > 30, $"one key at 40 req/s got {oneKey.Errors} refusals");
        Assert.Equal(5, noKey.Errors);
    }

    [Fact]
    public void The_verdict_passes_only_an_open_loop_at_the_target_rate_with_every_request_answered_in_time()
    {
        var met = new LoadFigures(20_000, 0, 64, TimeSpan.FromSeconds(20), 1000, 2, 4, 12.5, 40, []) { OfferedRate = 1000, Due = 20_000 };

        Assert.True(met.MeetsTarget);
        Assert.StartsWith("target 1,000 req/s with p99 <= 50 ms and 0 errors: PASS", met.Verdict(), StringComparison.Ordinal);
        Assert.Contains("FAIL (p99 60.0 ms)", (met with { P99 = 60 }).Verdict(), StringComparison.Ordinal);
        Assert.Contains("FAIL (19,000 of 20,000 due requests answered, 3 errors)", (met with { Requests = 19_000, Errors = 3 }).Verdict(), StringComparison.Ordinal);
        Assert.Contains("FAIL (offered only 700 req/s)", (met with { OfferedRate = 700 }).Verdict(), StringComparison.Ordinal);
        Assert.Contains("not checked", (met with { OfferedRate = null, Due = null }).Verdict(), StringComparison.Ordinal);
        Assert.False((met with { OfferedRate = null, Due = null }).MeetsTarget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(LoadBenchmark.MaxRate + 1)]
    public async Task A_rate_out_of_bounds_is_refused(int rate)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => LoadBenchmark.RunAsync(
            new Uri("http://127.0.0.1:9/"), ["/health"], 1, TimeSpan.Zero, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken, rate));
        Assert.Contains($"not {rate}", error.Message, StringComparison.Ordinal);
    }
}
