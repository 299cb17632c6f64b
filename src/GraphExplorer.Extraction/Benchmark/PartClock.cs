namespace GraphExplorer.Extraction.Benchmark;

/// <summary>
/// The processor time and allocations of named parts of a step's work (folding, tagging, parsing, tree repairs, each
/// rule), on the calling thread, for the benchmark's step profile (<c>bench extract --steps</c>). A part may run inside
/// another (tagging inside folding, tree repairs inside an agreement's clauses): each part counts only its own time, so
/// the parts and the steps' own times add up to the thread's. Off unless the profile turns it on for its thread: a part
/// then costs one test of a thread-static field.
/// </summary>
internal sealed class PartClock
{
    /// <summary>Mention folding and tokenization of a sentence before the tagger reads it (step "parse", run when a tree is first read).</summary>
    public const string Fold = "parse: fold mentions";

    /// <summary>The UPOS tagger.</summary>
    public const string Tag = "parse: tag";

    /// <summary>The dependency parser.</summary>
    public const string Parse = "parse: parse";

    /// <summary>The tree repairs (<see cref="Relations.Clauses.TreeRepairs"/>), whichever step asks for them.</summary>
    public const string Repairs = "tree repairs";

    /// <summary>Mentions placed on a tree (<see cref="Relations.Clauses.ClauseTree"/>), whichever step asks for it.</summary>
    public const string ClauseTree = "clause tree";

    /// <summary>What an agreement's clause says of it (<see cref="Relations.Clauses.AgreementClauses"/>), in resolution.</summary>
    public const string AgreementClauses = "agreement clauses";

    [ThreadStatic]
    private static PartClock? current;

    private readonly Dictionary<string, (double Seconds, long Bytes, long Count)> totals = new(StringComparer.Ordinal);
    private readonly List<(string Name, double Started, long Allocated, double Nested, long NestedBytes)> open = [];

    /// <summary>Processor seconds of the calling thread (Linux), else of the whole process.</summary>
    public static double Now() => ThreadCpuClock.Seconds() ?? Environment.CpuUsage.TotalTime.TotalSeconds;

    /// <summary>Measures the parts the calling thread runs on this clock (until <see cref="Stop"/>).</summary>
    public void UseOnThisThread() => current = this;

    /// <summary>Stops measuring on the calling thread.</summary>
    public static void Stop() => current = null;

    /// <summary>Starts a part on the calling thread, when measuring; dispose the result to end it.</summary>
    public static Scope Start(string name) => current is { } clock ? clock.Enter(name) : default;

    /// <summary>The seconds and bytes of the parts (their own, nested parts left out) begun since the last call, by name.</summary>
    public IReadOnlyDictionary<string, (double Seconds, long Bytes, long Count)> Take()
    {
        var taken = new Dictionary<string, (double Seconds, long Bytes, long Count)>(totals, StringComparer.Ordinal);
        totals.Clear();
        return taken;
    }

    private Scope Enter(string name)
    {
        open.Add((name, Now(), GC.GetAllocatedBytesForCurrentThread(), 0, 0));
        return new Scope(this);
    }

    private void Exit()
    {
        var (name, started, allocated, nested, nestedBytes) = open[^1];
        open.RemoveAt(open.Count - 1);
        var seconds = Now() - started;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var (total, totalBytes, count) = totals.GetValueOrDefault(name);
        totals[name] = (total + seconds - nested, totalBytes + bytes - nestedBytes, count + 1);
        if (open.Count > 0)
        {
            var outer = open[^1];
            open[^1] = outer with { Nested = outer.Nested + seconds, NestedBytes = outer.NestedBytes + bytes };
        }
    }

    /// <summary>One running part; ends when disposed.</summary>
    public readonly struct Scope(PartClock? clock) : IDisposable
    {
        public void Dispose() => clock?.Exit();
    }
}
