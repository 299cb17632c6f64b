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

    /// <summary>The rate the service must hold on curated queries over the seeds store (issue 13).</summary>
    public const int TargetRate = 1000;

    /// <summary>The p99 it must hold it with, in milliseconds, counted from when each request was due.</summary>
    public const double TargetP99Milliseconds = 50;

    /// <summary>One GET per curated query that has an example in its header, with those arguments.</summary>
    public static IReadOnlyList<string> CuratedQueryPaths(QueryCatalog catalog) =>
        [.. catalog.All.Where(q => q.Example.Count > 0).Select(q => $"/api/queries/{Uri.EscapeDataString(q.Name)}?" +
            string.Join('&', q.Example.Select(e => $"{Uri.EscapeDataString(e.Key)}={Uri.EscapeDataString(e.Value ?? "")}")))];

    /// <summary>Runs the load and returns the figures.</summary>
    /// <param name="address">The service, on loopback.</param>
    /// <param name="paths">Request paths, sent in turn.</param>
    /// <param name="concurrency">Clients (closed loop), or most requests in flight (open loop).</param>
    /// <param name="warmup">Load before the measured phase, not counted.</param>
    /// <param name="duration">The measured phase.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="rate">Open loop at this many requests per second; null for a closed loop.</param>
    /// <param name="apiKeys">
    /// Keys sent in <c>X-API-Key</c>, one per simulated analyst, in turn: each key has its own rate limit, as each
    /// analyst does. None: no header (a loopback caller on a service without keys).
    /// </param>
    /// <exception cref="ArgumentException">The address is not loopback, or the bounds are exceeded.</exception>
    public static async Task<LoadFigures> RunAsync(
        Uri address, IReadOnlyList<string> paths, int concurrency, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken, int? rate = null, IReadOnlyList<string>? apiKeys = null)
    {
        if (!address.IsLoopback || !ListeningAddresses.IsLoopback(address.ToString()))
        {
            throw new ArgumentException($"The load benchmark targets loopback addresses only, not {address}.", nameof(address));
        }

        if (concurrency is < 1 or > MaxConcurrency || duration <= TimeSpan.Zero || duration > MaxDuration || warmup < TimeSpan.Zero || warmup > MaxDuration || paths.Count == 0)
        {
            throw new ArgumentException($"Use 1 to {MaxConcurrency} clients, a duration and a warm-up up to {MaxDuration.TotalSeconds} s and at least one path.");
        }

        if (rate is < 1 or > MaxRate)
        {
            throw new ArgumentException($"Use a rate of 1 to {MaxRate} requests per second, not {rate}.", nameof(rate));
        }

        // The client shares the cores with the service, so it is kept cheap: one handler without HttpClient's
        // per-request timeout and buffering, URIs built once, each response read into the client's own buffer.
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ActivityHeadersPropagator = null,
        };
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var requests = new RequestPlan([.. paths.Select(p => new Uri(address, p))], apiKeys ?? []);
        await RunPhaseAsync(invoker, requests, concurrency, rate, warmup, null, cancellationToken);

        var measured = new Recorder(paths.Count);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var due = await RunPhaseAsync(invoker, requests, concurrency, rate, duration, measured, cancellationToken);
        var elapsed = clock.Elapsed;
        process.Refresh();
        return measured.Figures(elapsed, concurrency, paths, process.TotalProcessorTime - cpuBefore) with
        {
            OfferedRate = rate,
            Due = due,
            Collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore,
        };
    }

    /// <summary>
    /// One phase. Closed loop: each client sends its next request when its last is answered. Open loop: request n is due
    /// at start + n / rate; a free client takes the next one, waits until it is due and sends it, and its latency runs
    /// from when it was due, so a request that waited for a free client counts that wait. Returns the requests due (open loop).
    /// </summary>
    private static async Task<long?> RunPhaseAsync(
        HttpMessageInvoker invoker, RequestPlan requests, int concurrency, int? rate, TimeSpan length, Recorder? recorder, CancellationToken cancellationToken)
    {
        if (length <= TimeSpan.Zero)
        {
            return 0;
        }

        // Bounded: a request still unanswered 30 s after the phase should have ended is cancelled and counted as failed.
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(length + TimeSpan.FromSeconds(30));
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var total = rate is { } perSecond ? (long)(length.TotalSeconds * perSecond) : long.MaxValue;
        var next = -1L;
        var workers = new Task[concurrency];
        for (var worker = 0; worker < concurrency; worker++)
        {
            workers[worker] = Task.Run(() => ClientAsync(bound.Token), CancellationToken.None);
        }

        await Task.WhenAll(workers);
        return rate is null ? null : total;

        async Task ClientAsync(CancellationToken token)
        {
            var buffer = new byte[64 * 1024];
            while (!cancellationToken.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                long startedAt;
                if (rate is { } perSecond)
                {
                    if (n >= total)
                    {
                        return;
                    }

                    startedAt = start + (long)(n * (double)Stopwatch.Frequency / perSecond);
                    // Timers count whole milliseconds: round up, so that no request leaves before it is due.
                    var wait = Math.Ceiling(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), startedAt).TotalMilliseconds);
                    if (wait > 0)
                    {
                        await Task.Delay((int)wait, token).ConfigureAwait(false);
                    }
                }
                else
                {
                    startedAt = Stopwatch.GetTimestamp();
                    if (startedAt >= end)
                    {
                        return;
                    }
                }

                var index = (int)(n % requests.Uris.Count);
                var ok = await SendAsync(invoker, requests, n, index, buffer, token).ConfigureAwait(false);
                recorder?.Add(index, Stopwatch.GetElapsedTime(startedAt), ok);
            }
        }
    }

    private static async Task<bool> SendAsync(HttpMessageInvoker invoker, RequestPlan requests, long n, int index, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, requests.Uris[index]);
            if (requests.ApiKeys.Count > 0)
            {
                request.Headers.TryAddWithoutValidation(ApiKeyAuthenticationHandler.HeaderName, requests.ApiKeys[(int)(n % requests.ApiKeys.Count)]);
            }

            using var response = await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
            {
            }

            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            // The phase's bound passed: an unanswered request is a failure, not a hang.
            return false;
        }
    }

    /// <summary>What a run sends: the URIs, built once, and the keys.</summary>
    private sealed record RequestPlan(IReadOnlyList<Uri> Uris, IReadOnlyList<string> ApiKeys);

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

    /// <summary>Requests due in the measured phase of an open loop (all of them must be answered); null for a closed loop.</summary>
    public long? Due { get; init; }

    /// <summary>Garbage collections (all generations) in the measured phase, client and server.</summary>
    public int Collections { get; init; }

    /// <summary>
    /// Whether the run shows the service's target (issue 13): <see cref="LoadBenchmark.TargetRate"/> req/s held in an
    /// open loop (every due request answered), p99 at most <see cref="LoadBenchmark.TargetP99Milliseconds"/> ms counted
    /// from when each request was due, and no errors. A closed loop never shows it: its rate is whatever the service gives.
    /// </summary>
    public bool MeetsTarget => OfferedRate >= LoadBenchmark.TargetRate && Due == Requests && Errors == 0 && P99 <= LoadBenchmark.TargetP99Milliseconds;

    /// <summary>One line: the target, and whether this run met it (with what fell short).</summary>
    public string Verdict()
    {
        var target = $"target {LoadBenchmark.TargetRate:N0} req/s with p99 <= {LoadBenchmark.TargetP99Milliseconds:0} ms and 0 errors";
        if (OfferedRate is null)
        {
            return $"{target}: not checked (a closed loop; check it with --rate {LoadBenchmark.TargetRate})";
        }

        if (MeetsTarget)
        {
            return $"{target}: PASS ({OfferedRate:N0} req/s due, all {Requests:N0} answered, p99 {P99:0.0} ms, 0 errors)";
        }

        var missed = new List<string>();
        if (OfferedRate < LoadBenchmark.TargetRate)
        {
            missed.Add($"offered only {OfferedRate:N0} req/s");
        }

        if (Due != Requests)
        {
            missed.Add($"{Requests:N0} of {Due:N0} due requests answered");
        }

        if (P99 > LoadBenchmark.TargetP99Milliseconds)
        {
            missed.Add($"p99 {P99:0.0} ms");
        }

        if (Errors > 0)
        {
            missed.Add($"{Errors:N0} errors");
        }

        return $"{target}: FAIL ({string.Join(", ", missed)})";
    }

    /// <summary>The requests per second the machine's cores could carry at that cost if nothing else ran (client included).</summary>
    public double CpuBoundRequestsPerSecond => CpuMillisecondsPerRequest <= 0 ? 0 : Environment.ProcessorCount * 1000 / CpuMillisecondsPerRequest;

    public override string ToString() =>
        $"{Requests} requests in {Elapsed.TotalSeconds:0.0} s " + (OfferedRate is { } rate ? $"due at {rate:N0} req/s, at most {Concurrency} in flight" : $"with {Concurrency} clients") + $": {RequestsPerSecond:N0} req/s, p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms, {Errors} errors; "
        + $"{CpuMillisecondsPerRequest:0.000} ms of processor time a request (client and server), so {Environment.ProcessorCount} idle cores would carry about {CpuBoundRequestsPerSecond:N0} req/s; {Collections} garbage collections";
}

/// <summary>The figures of one path.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Requests">How many were sent.</param>
/// <param name="P50">Median, ms.</param>
/// <param name="P99">99th percentile, ms.</param>
public sealed record PathFigures(string Path, int Requests, double P50, double P99);
