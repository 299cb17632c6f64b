using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Extraction.Benchmark;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>bench ingest --phases</c>: the processor time of each step of ingestion, read from the activities that ingestion
/// (<c>GraphExplorer.Ingestion</c>) and the embedded store (<c>GraphExplorer.Storage.Sqlite</c>) start around their steps.
/// Each step is charged the processor time of its thread between its start and its stop (Linux: the thread's own CPU
/// clock, which neighbours on a loaded machine hardly disturb; elsewhere the wall clock), less the time of the steps
/// inside it, so the figures add up. A step that ends on another thread than it began on (true asynchronous I/O) is
/// charged its wall time and counted as such.
/// </summary>
internal sealed class IngestPhases : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentDictionary<string, Totals> totals = new(StringComparer.Ordinal);

    public IngestPhases()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("GraphExplorer.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = Started,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Whether steps are charged their thread's processor time (else their wall time).</summary>
    public static bool ThreadClock => ThreadCpuClock.IsAvailable;

    /// <summary>The totals so far, by step: to subtract an earlier snapshot from a later one.</summary>
    public IReadOnlyDictionary<string, (double Exclusive, double Inclusive, long Count, long Hopped)> Snapshot() =>
        totals.ToDictionary(t => t.Key, t => (t.Value.Exclusive, t.Value.Inclusive, t.Value.Count, t.Value.Hopped), StringComparer.Ordinal);

    public void Reset() => totals.Clear();

    /// <summary>Lines of ms per article by step: over the whole run, and over its first and second part.</summary>
    public static IEnumerable<string> Report(
        IReadOnlyDictionary<string, (double Exclusive, double Inclusive, long Count, long Hopped)> first,
        IReadOnlyDictionary<string, (double Exclusive, double Inclusive, long Count, long Hopped)> all,
        int early,
        int total)
    {
        var clock = ThreadClock ? "thread CPU" : "wall";
        yield return Invariant($"    per step, ms of {clock} per article (exclusive of the steps inside; all {total} / first {early} / last {total - early}):");
        var writer = 0.0;
        var writerFirst = 0.0;
        foreach (var step in all.Keys.OrderBy(Order).ThenBy(k => k, StringComparer.Ordinal))
        {
            var (exclusive, _, count, hopped) = all[step];
            var before = first.TryGetValue(step, out var f) ? f.Exclusive : 0;
            var onWriter = Order(step) < 100;
            if (onWriter)
            {
                writer += exclusive;
                writerFirst += before;
            }

            var hop = hopped > 0 ? Invariant($" ({hopped} of {count} across threads: wall time)") : "";
            yield return Invariant(
                $"      {(onWriter ? "writer" : "reader")} {step,-18} {exclusive / total,7:F2} {before / Math.Max(early, 1),7:F2} {(exclusive - before) / Math.Max(total - early, 1),7:F2}  x{count / (double)total:F2} a article{hop}");
        }

        yield return Invariant(
            $"      writer total             {writer / total,7:F2} {writerFirst / Math.Max(early, 1),7:F2} {(writer - writerFirst) / Math.Max(total - early, 1),7:F2}  (last {total - early} / first {early}: x{(writer - writerFirst) / Math.Max(writerFirst, 1e-9):F2})");
    }

    public void Dispose() => listener.Dispose();

    // the one writer's steps first (below 100), each followed by the store's steps inside it; then the extraction threads' steps
    private static int Order(string step) => step switch
    {
        "begin" => 0,
        "lookup" => 10,
        "resolve" => 20,
        "save" => 30,
        "validate" => 31,
        "article" => 32,
        "entities" => 33,
        "facts" => 34,
        "fact-aggregates" => 35,
        "entity-aggregates" => 36,
        "extracted" => 37,
        "commit" => 50,
        "read" => 100,
        "stored-hash" => 110,
        "extract" => 120,
        _ => 200,
    };

    private static void Started(Activity activity) =>
        activity.SetCustomProperty(nameof(IngestPhases), new Start(Now(), Environment.CurrentManagedThreadId));

    private void Stopped(Activity activity)
    {
        if (activity.GetCustomProperty(nameof(IngestPhases)) is not Start start)
        {
            return;
        }

        var sameThread = start.Thread == Environment.CurrentManagedThreadId;
        var cost = sameThread ? Now() - start.At : activity.Duration.TotalMilliseconds;
        var children = Interlocked.CompareExchange(ref start.Children, 0, 0);
        var entry = totals.GetOrAdd(activity.OperationName, _ => new Totals());
        lock (entry)
        {
            entry.Inclusive += cost;
            entry.Exclusive += cost - children;
            entry.Count++;
            entry.Hopped += sameThread ? 0 : 1;
        }

        if (activity.Parent?.GetCustomProperty(nameof(IngestPhases)) is Start parent)
        {
            double seen, added;
            do
            {
                seen = parent.Children;
                added = seen + cost;
            }
            while (Interlocked.CompareExchange(ref parent.Children, added, seen) != seen);
        }
    }

    /// <summary>Milliseconds of the calling thread's processor time (Linux), else of the wall clock.</summary>
    private static double Now()
    {
        if (ThreadClock && ThreadCpuClock.Seconds() is { } seconds)
        {
            return seconds * 1e3;
        }

        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Start(double at, int thread)
    {
        public double Children;

        public double At { get; } = at;

        public int Thread { get; } = thread;
    }

    private sealed class Totals
    {
        public double Exclusive { get; set; }

        public double Inclusive { get; set; }

        public long Count { get; set; }

        public long Hopped { get; set; }
    }
}
