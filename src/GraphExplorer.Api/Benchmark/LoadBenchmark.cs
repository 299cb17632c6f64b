using System.Diagnostics;
using System.Net;
using GraphExplorer.Api.Security;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Api.Benchmark;

/// <summary>
/// A bounded load run against a query service on this machine, cycling through the paths for a warm-up (not counted)
/// and then the measured duration. Closed loop by default: <c>concurrency</c> clients each send one request after
/// another, which finds the most the service carries. Open loop when a rate is given: requests are due at that fixed
/// rate whatever the service does, at most <c>concurrency</c> in flight, and each latency is counted from the moment
/// the request was due, so a service that falls behind shows it in its percentiles (no coordinated omission).
/// Loopback addresses only; at most 512 clients, 120 s and 20,000 requests per second.
/// </summary>
public static class LoadBenchmark
{
    /// <summary>Most clients one run may use.</summary>
    public const int MaxConcurrency = 512;

    /// <summary>Longest measured duration.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(120);

    /// <summary>Highest open-loop rate, requests per second.</summary>
    public const int MaxRate = 20_000;

    /// <summary>One GET per curated query that has an example in its header, with those arguments.</summary>
    public static IReadOnlyList<string> CuratedQueryPaths(QueryCatalog catalog) =>
        [.. catalog.All.Where(q => q.Example.Count > 0).Select(q => $"/api/queries/{Uri.EscapeDataString(q.Name)}?" +
            string.Join('&', q.Example.Select(e => $"{Uri.EscapeDataString(e.Key)}={Uri.EscapeDataString(e.Value ?? "")}")))];

    /// <summary>Runs the load and returns the figures.</summary>
    /// <exception cref="ArgumentException">The address is not loopback, or the bounds are exceeded.</exception>
    public static async Task<LoadFigures> RunAsync(Uri address, IReadOnlyList<string> paths, int concurrency, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken, int? rate = null)
    {
        if (!address.IsLoopback || !ListeningAddresses.IsLoopback(address.ToString()))
        {
            throw new ArgumentException($"The load benchmark targets loopback addresses only, not {address}.", nameof(address));
        }

        if (concurrency is < 1 or > MaxConcurrency || duration <= TimeSpan.Zero || duration > MaxDuration || paths.Count == 0)
        {
            throw new ArgumentException($"Use 1 to {MaxConcurrency} clients, a duration up to {MaxDuration.TotalSeconds} s and at least one path.");
        }

        if (rate is < 1 or > MaxRate)
        {
            throw new ArgumentException($"Use a rate of 1 to {MaxRate} requests per second, not {rate}.", nameof(rate));
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Func<TimeSpan, Recorder?, Task> phase = rate is { } perSecond
            ? (length, recorder) => RunOpenLoopAsync(client, paths, concurrency, perSecond, length, recorder, cancellationToken)
            : (length, recorder) => RunPhaseAsync(client, paths, concurrency, length, recorder, cancellationToken);
        await phase(warmup, null);
        var measured = new Recorder(paths.Count);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await phase(duration, measured);
        var elapsed = clock.Elapsed;
        process.Refresh();
        return measured.Figures(elapsed, concurrency, paths, process.TotalProcessorTime - cpuBefore) with { OfferedRate = rate };
    }

    private static async Task RunOpenLoopAsync(HttpClient client, IReadOnlyList<string> paths, int concurrency, int rate, TimeSpan length, Recorder? recorder, CancellationToken cancellationToken)
    {
        if (length <= TimeSpan.Zero)
        {
            return;
        }

        using var inFlight = new SemaphoreSlim(concurrency);
        var requests = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var total = (long)(length.TotalSeconds * rate);
        for (long sent = 0; sent < total && !cancellationToken.IsCancellationRequested;)
        {
            var due = Math.Min(total, (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            for (; sent < due; sent++)
            {
                var index = (int)(sent % paths.Count);
                var dueAt = start + (long)(sent * (double)Stopwatch.Frequency / rate);
                requests.Add(SendWhenFreeAsync(index, dueAt));
            }

            await Task.Delay(1, cancellationToken);
        }

        await Task.WhenAll(requests);

        async Task SendWhenFreeAsync(int index, long dueAt)
        {
            // Waiting for a free client counts: the latency runs from when the request was due.
            await inFlight.WaitAsync(cancellationToken);
            try
            {
                var ok = await SendAsync(client, paths[index], cancellationToken);
                recorder?.Add(index, Stopwatch.GetElapsedTime(dueAt), ok);
            }
            finally
            {
                inFlight.Release();
            }
        }
    }

    private static async Task<bool> SendAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
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
                var ok = await SendAsync(client, paths[index], cancellationToken);
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

    /// <summary>The open-loop rate the requests were due at, or null for a closed-loop run.</summary>
    public int? OfferedRate { get; init; }

    /// <summary>The requests per second the machine's cores could carry at that cost if nothing else ran (client included).</summary>
    public double CpuBoundRequestsPerSecond => CpuMillisecondsPerRequest <= 0 ? 0 : Environment.ProcessorCount * 1000 / CpuMillisecondsPerRequest;

    public override string ToString() =>
        $"{Requests} requests in {Elapsed.TotalSeconds:0.0} s " + (OfferedRate is { } rate ? $"due at {rate:N0} req/s, at most {Concurrency} in flight" : $"with {Concurrency} clients") + $": {RequestsPerSecond:N0} req/s, p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms, {Errors} errors; "
        + $"{CpuMillisecondsPerRequest:0.00} ms of processor time a request (client and server), so {Environment.ProcessorCount} idle cores would carry about {CpuBoundRequestsPerSecond:N0} req/s";
}

/// <summary>The figures of one path.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Requests">How many were sent.</param>
/// <param name="P50">Median, ms.</param>
/// <param name="P99">99th percentile, ms.</param>
public sealed record PathFigures(string Path, int Requests, double P50, double P99);
