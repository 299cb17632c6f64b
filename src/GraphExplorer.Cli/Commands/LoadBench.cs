using System.CommandLine;
using System.Globalization;
using GraphExplorer.Api;
using GraphExplorer.Api.Benchmark;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Worker.Ingestion;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>bench load</c>: the query service under load on loopback. Ingests the articles (the seeds by default) into a
/// fresh embedded store, serves it in this process on a free loopback port with the rate limit off, and runs
/// <see cref="LoadBenchmark"/> over the curated queries' examples. Bounded: at most 512 clients and 120 s.
/// </summary>
internal static class LoadBench
{
    public static Command Create()
    {
        var articles = new Option<string>("--articles") { Description = "Articles to serve (ingested into a fresh store)", DefaultValueFactory = _ => "seeds" };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients (1-512)", DefaultValueFactory = _ => 32 };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds (1-120)", DefaultValueFactory = _ => 10 };
        var warmup = new Option<int>("--warmup") { Description = "Warm-up seconds, not counted", DefaultValueFactory = _ => 3 };
        var rate = new Option<int?>("--rate") { Description = "Open loop: requests due at this fixed rate per second (latency counted from when each was due), at most --clients in flight; without it, closed loop" };
        var command = new Command("load", "req/s, p50 and p99 of the query service on curated queries, on loopback") { articles, clients, seconds, warmup, rate };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Directory.CreateTempSubdirectory("graph-explorer-load-");
            try
            {
                var database = Path.Combine(folder.FullName, "graph.db");
                var overrides = new Dictionary<string, string?>
                {
                    [StorageRegistration.ProviderKey] = "sqlite",
                    [StorageRegistration.SqlitePathKey] = database,
                    ["QueryService:Urls"] = "http://127.0.0.1:0",
                    // The benchmark measures the service, not the limiter: one client address would be throttled at once.
                    ["QueryService:RateLimit:PermitsPerSecond"] = "0",
                    ["Inbox:Enabled"] = "false",
                };
                var builder = AppHost.CreateWebBuilder(parse, overrides);
                builder.UseQueryServiceUrls();
                builder.Services.AddQueryService(builder.Configuration);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                await using var app = builder.Build();
                app.MapQueryApi();
                await app.StartAsync(cancellationToken);

                var summary = await app.Services.GetRequiredService<IngestionService>().IngestAsync([parse.GetRequiredValue(articles)], cancellationToken: cancellationToken);
                var stats = await app.Services.GetRequiredService<IGraphReader>().GetStatsAsync(cancellationToken);
                var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
                var paths = LoadBenchmark.CuratedQueryPaths(app.Services.GetRequiredService<QueryCatalog>());
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"bench load: {summary.New + summary.Updated} articles, {stats.Entities} entities, {stats.Relationships} relationships; {paths.Count} curated queries; {(parse.GetValue(rate) is { } perSecond ? $"open loop at {perSecond} req/s, at most {parse.GetValue(clients)} in flight" : $"{parse.GetValue(clients)} clients")} on {address}; {Environment.ProcessorCount} cores shared by client and server; rate limit off"));

                var figures = await LoadBenchmark.RunAsync(
                    address, paths, parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(warmup)), TimeSpan.FromSeconds(parse.GetValue(seconds)), cancellationToken, parse.GetValue(rate));
                foreach (var path in figures.Paths)
                {
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {path.Path}: {path.Requests} requests, p50 {path.P50:0.0} ms, p99 {path.P99:0.0} ms"));
                }

                await Console.Out.WriteLineAsync(figures.ToString());
                await app.StopAsync(CancellationToken.None);
                return figures.Errors == 0 ? 0 : 1;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        });
        return command;
    }
}
