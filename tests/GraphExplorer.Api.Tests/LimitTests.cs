using System.Net;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Tests;

/// <summary>Rows and time per request are bounded.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task Rows_beyond_MaxRows_are_cut_and_the_response_says_so()
    {
        await using var service = await RunningService.StartAsync(
            new Dictionary<string, string?> { ["QueryService:MaxRows"] = "3" },
            arrange: store => store.Respond = (query, arguments, _) => Task.FromResult(Numbered(query, arguments, 5)));

        var (response, body) = await service.GetJsonAsync("/api/queries/dated-edges");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal(5, body.GetProperty("totalRows").GetInt32());
        Assert.Equal([0L, 1L, 2L], body.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt64()));
    }

    [Fact]
    public async Task Rows_within_MaxRows_are_all_returned_and_not_flagged()
    {
        await using var service = await RunningService.StartAsync(
            new Dictionary<string, string?> { ["QueryService:MaxRows"] = "5" },
            arrange: store => store.Respond = (query, arguments, _) => Task.FromResult(Numbered(query, arguments, 5)));

        var (_, body) = await service.GetJsonAsync("/api/queries/dated-edges");

        Assert.False(body.GetProperty("truncated").GetBoolean());
        Assert.Equal(5, body.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task A_query_past_the_timeout_is_cancelled_and_answered_with_a_503_problem()
    {
        await using var service = await RunningService.StartAsync(
            new Dictionary<string, string?> { ["QueryService:RequestTimeout"] = "00:00:00.200" },
            arrange: store => store.Respond = store.BlockUntilCancelled);

        var (response, body) = await service.GetJsonAsync("/api/queries/ego-network?entity=Ada");

        ProblemAssert.IsProblem(response, body, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Request timed out", body.GetProperty("title").GetString());
        Assert.Contains("'ego-network'", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await service.Store.Cancelled.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_store_that_ignores_cancellation_still_gets_the_caller_an_answer_at_the_deadline()
    {
        var never = new TaskCompletionSource<QueryResult>();
        await using var service = await RunningService.StartAsync(
            new Dictionary<string, string?> { ["QueryService:RequestTimeout"] = "00:00:00.200" },
            arrange: store => store.Respond = (_, _, _) => never.Task);

        var (response, body) = await service.GetJsonAsync("/api/queries/dated-edges");

        ProblemAssert.IsProblem(response, body, HttpStatusCode.ServiceUnavailable);
    }

    [Theory]
    [InlineData("QueryService:MaxRows", "0")]
    [InlineData("QueryService:MaxDepth", "0")]
    [InlineData("QueryService:RequestTimeout", "-00:00:01")]
    public async Task Invalid_limits_stop_the_service_at_start_naming_the_setting(string key, string value)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningService.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static QueryResult Numbered(QueryDefinition query, IReadOnlyDictionary<string, object?> arguments, int count) =>
        new(query.Name, arguments, ["n"], [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<object?>)[(long)i])], Core.Model.Subgraph.Empty);
}
