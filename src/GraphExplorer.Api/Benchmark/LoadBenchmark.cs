using System.Diagnostics;
using System.Net;
using GraphExplorer.Api.Security;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Benchmark;

/// <summary>
/// A bounded load run against a query service on this machine: <c>concurrency</c> clients each send one request
/// after another, cycling through the paths, for a warm-up (not counted) and then the measured duration. Loopback
/// addresses only; at most 512 clients and 120 s.
/// </summary>
public static class LoadBenchmark
{
    /// <summary>Most clients one run may use.</summary>
    public const int MaxConcurrency = 512;

    /// <summary>Longest measured duration.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(120);

    /// <summary>One GET per curated query that has an example in its header, with those arguments.</summary>
    public static IReadOnlyList<string> CuratedQueryPaths(QueryCatalog catalog) =>
        [.. catalog.All.Where(q => q.Example.Count > 0).Select(q => $"/api/queries/{Uri.EscapeDataString(q.Name)}?" +
            string.Join('&', q.Example.Select(e => $"{Uri.EscapeDataString(e.Key)}={Uri.EscapeDataString(e.Value ?? "")}")))];

    /// <summary>Runs the load and returns the figures.</summary>
    /// <exception cref="ArgumentException">The address is not loopback, or the bounds are exceeded.</exception>
    public static async Task<LoadFigures> RunAsync(Uri address, IReadOnlyList<string> paths, int concurrency, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (!address.IsLoopback || !ListeningAddresses.IsLoopback(address.ToString()))
        {
            throw new ArgumentException($"The load benchmark targets loopback addresses only, not {address}.", nameof(address));
        }

        if (concurrency is < 1 or > MaxConcurrency || duration <= TimeSpan.Zero || duration > MaxDuration || paths.Count == 0)
        {
            throw new ArgumentException($"Use 1 to {MaxConcurrency} clients, a duration up to {MaxDuration.TotalSeconds} s and at least one path.");
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        await RunPhaseAsync(client, paths, concurrency, warmup, recorder: null, cancellationToken);
        var recorder = new Recorder(paths.Count);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await RunPhaseAsync(client, paths, concurrency, duration, recorder, cancellationToken);
        var elapsed = clock.Elapsed;
        process.Refresh();
        return recorder.Figures(elapsed, concurrency, paths, process.TotalProcessorTime - cpuBefore);
    }

    private static async Task RunPhaseAsync(HttpClient client, IReadOnlyList<string> paths, int concurrency, TimeSpan length, Recorder? recorder, CancellationToken cancellationToken)
    {
        if (length <= TimeSpan.Zero)
        {
            return;
        }

        var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var next = worker;
            while (Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested)
            {
                var index = next++ % paths.Count;
                var started = Stopwatch.GetTimestamp();
                var ok = false;
                try
                {
                    using var response = await client.GetAsync(new Uri(paths[index], UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                recorder?.Add(index, Stopwatch.GetElapsedTime(started), ok);
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
    }

    private sealed class Recorder(int pathCount)
    {
        private readonly List<(int Path, double Milliseconds, bool Ok)> samples = new(1 << 16);
        private readonly Lock gate = new();

        public void Add(int path, TimeSpan elapsed, bool ok)
        {
            lock (gate)
            {
                samples.Add((path, elapsed.TotalMilliseconds, ok));
            }
        }

        public LoadFigures Figures(TimeSpan elapsed, int concurrency, IReadOnlyList<string> paths, TimeSpan processorTime)
        {
            var all = samples.Select(s => s.Milliseconds).Order().ToArray();
            var perPath = Enumerable.Range(0, pathCount).Select(i =>
            {
                var times = samples.Where(s => s.Path == i).Select(s => s.Milliseconds).Order().ToArray();
                return new PathFigures(paths[i], times.Length, Percentile(times, 0.50), Percentile(times, 0.99));
            }).ToList();
            return new LoadFigures(
                samples.Count,
                samples.Count(s => !s.Ok),
                concurrency,
                elapsed,
                samples.Count / elapsed.TotalSeconds,
                Percentile(all, 0.50),
                Percentile(all, 0.95),
                Percentile(all, 0.99),
                all.Length == 0 ? 0 : all[^1],
                perPath)
            {
                CpuMillisecondsPerRequest = samples.Count == 0 ? 0 : processorTime.TotalMilliseconds / samples.Count,
            };
        }

        private static double Percentile(double[] sorted, double share) =>
            sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
    }
}

/// <summary>What a load run measured.</summary>
/// <param name="Requests">Requests completed in the measured phase.</param>
/// <param name="Errors">Those that did not answer 200.</param>
/// <param name="Concurrency">Clients.</param>
/// <param name="Elapsed">Length of the measured phase.</param>
/// <param name="RequestsPerSecond">Requests per second.</param>
/// <param name="P50">Median latency, ms.</param>
/// <param name="P95">95th percentile, ms.</param>
/// <param name="P99">99th percentile, ms.</param>
/// <param name="Max">Slowest, ms.</param>
/// <param name="Paths">Per path: count, p50, p99.</param>
public sealed record LoadFigures(int Requests, int Errors, int Concurrency, TimeSpan Elapsed, double RequestsPerSecond, double P50, double P95, double P99, double Max, IReadOnlyList<PathFigures> Paths)
{
    /// <summary>
    /// The process's processor time per request in the measured phase, client and server together. Unlike req/s and
    /// latencies it barely depends on what else the machine runs, so it says what a shared or loaded machine hides.
    /// </summary>
    public double CpuMillisecondsPerRequest { get; init; }

    /// <summary>The requests per second the machine's cores could carry at that cost if nothing else ran (client included).</summary>
    public double CpuBoundRequestsPerSecond => CpuMillisecondsPerRequest <= 0 ? 0 : Environment.ProcessorCount * 1000 / CpuMillisecondsPerRequest;

    public override string ToString() =>
        $"{Requests} requests in {Elapsed.TotalSeconds:0.0} s with {Concurrency} clients: {RequestsPerSecond:N0} req/s, p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms, {Errors} errors; "
        + $"{CpuMillisecondsPerRequest:0.00} ms of processor time a request (client and server), so {Environment.ProcessorCount} idle cores would carry about {CpuBoundRequestsPerSecond:N0} req/s";
}

/// <summary>The figures of one path.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Requests">How many were sent.</param>
/// <param name="P50">Median, ms.</param>
/// <param name="P99">99th percentile, ms.</param>
public sealed record PathFigures(string Path, int Requests, double P50, double P99);
