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
