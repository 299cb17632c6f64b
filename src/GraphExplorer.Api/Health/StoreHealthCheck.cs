using System.Text.Json;
using GraphExplorer.Api.Execution;
using GraphExplorer.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Health;

/// <summary>Healthy when the graph store answers a count query within the request timeout.</summary>
internal sealed class StoreHealthCheck(IGraphReader reader, RequestDeadline deadline) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = await deadline.RunAsync("The store's health check", reader.GetStatsAsync, cancellationToken);
            return HealthCheckResult.Healthy("The graph store answers.", new Dictionary<string, object>
            {
                ["articles"] = stats.Articles,
                ["entities"] = stats.Entities,
                ["relationships"] = stats.Relationships,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The graph store did not answer: {e.Message}", e);
        }
    }

    /// <summary>Writes <c>{status, checks: {name: {status, description, data}}}</c> as JSON.</summary>
    public static Task WriteResponseAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, QueryServiceJson.Options, context.RequestAborted);
    }
}
