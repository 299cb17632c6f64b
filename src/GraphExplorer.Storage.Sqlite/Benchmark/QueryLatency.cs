namespace GraphExplorer.Storage.Sqlite.Benchmark;

/// <summary>Measured latency of one curated query over many runs with varied arguments.</summary>
/// <param name="Query">The query name, with the distinguishing argument (e.g. <c>ego-network depth=2</c>).</param>
/// <param name="Samples">How many timed runs.</param>
/// <param name="P50Milliseconds">Median latency.</param>
/// <param name="P95Milliseconds">95th percentile latency.</param>
/// <param name="MaxMilliseconds">Slowest run.</param>
/// <param name="MeanRows">Average number of rows returned.</param>
/// <param name="MeanCpuMilliseconds">Process CPU time per run, averaged over the timed runs: what a run costs when
/// the machine is not shared (latency above it is time spent waiting for a core).</param>
public sealed record QueryLatency(string Query, int Samples, double P50Milliseconds, double P95Milliseconds, double MaxMilliseconds, double MeanRows, double MeanCpuMilliseconds);

/// <summary>One timed run of a curated query in <see cref="QueryBenchmark"/>.</summary>
/// <param name="Label">The benchmark line it counts towards ("ego-network depth=2").</param>
/// <param name="Arguments">The arguments it was given.</param>
/// <param name="Result">What it returned.</param>
/// <param name="Milliseconds">Its wall time.</param>
public sealed record QueryRun(string Label, IReadOnlyDictionary<string, string?> Arguments, Core.Queries.QueryResult Result, double Milliseconds);
