using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;
using GraphExplorer.Extraction;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Tests.Fuzz;

/// <summary>
/// The property every input must hold, whatever it is: reading it with the real reader, extracting it with the
/// real pipeline and storing it in the real embedded store ends within <see cref="Bound"/>, as a stored article or
/// as a refusal in one line that names the file, never as a crash (an unexpected exception is logged as an error
/// and counts as a failure), a hang, or a stack overflow (which would end the test process). The suite prints its
/// counts; <c>GRAPHEXPLORER_FUZZ_REPORT</c> names a file to write them to as well (CI shows it), and
/// <c>GRAPHEXPLORER_FUZZ_SEED</c> replays a run (CsCheck prints the seed of any failure).
/// </summary>
public sealed class HostileInputFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Generated inputs per run (<c>GRAPHEXPLORER_FUZZ_INPUTS</c> changes it, to replay one seed quickly).</summary>
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("GRAPHEXPLORER_FUZZ_INPUTS"), out var inputs) ? inputs : 1200;

    /// <summary>Where an input that broke the property is kept, to be replayed by hand.</summary>
    private static readonly string Failures = Path.Combine(Path.GetTempPath(), "graph-explorer-fuzz-failures");

    /// <summary>The liveness bound of one input: not a speed target, a hang detector generous enough for a loaded 2-core CI machine.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private readonly TempDirectory folder = new();

    [Fact]
    public async Task Every_hostile_input_ends_within_its_bound_as_a_stored_article_or_a_one_line_refusal()
    {
        using var store = SqliteGraphStore.Open(folder.File("fuzz.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var logger = new CollectingLogger<IngestionService>();
        var pipeline = new ArticlePipeline();
        var service = new IngestionService(pipeline, new KnownEntityResolver(), store, store,
            Options.Create(new IngestionOptions { MaxFileBytes = 4 * 1024 * 1024 }), TimeProvider.System, logger);
        var tally = new ConcurrentDictionary<string, (int Stored, int Refused)>();
        var reasons = new ConcurrentDictionary<string, int>();
        var slowest = (Seconds: 0.0, Input: "");
        var number = 0;
        var started = Stopwatch.StartNew();

        HostileInputs.All.Sample(
            input =>
            {
                var id = $"fuzz{Interlocked.Increment(ref number):D5}";
                var path = folder.File($"{id}.{input.Extension}");
                File.WriteAllBytes(path, input.Bytes);
                var errorsBefore = logger.Entries.Count(e => e.Level >= LogLevel.Error);
                var clock = Stopwatch.StartNew();
                var run = Task.Run(() => service.IngestFileAsync(new ArticleFile(path, Path.GetFileName(path)), TestContext.Current.CancellationToken));
                if (!run.Wait(Bound, TestContext.Current.CancellationToken))
                {
                    throw new TimeoutException($"{input} did not end within {Bound.TotalSeconds} s (kept as {Keep(input)})");
                }

                var outcome = run.Result;
                var seconds = clock.Elapsed.TotalSeconds;
                if (seconds > slowest.Seconds)
                {
                    slowest = (seconds, input.ToString());
                }

                var crash = logger.Entries.Where(e => e.Level >= LogLevel.Error).Skip(errorsBefore).FirstOrDefault();
                if (crash != default)
                {
                    throw new InvalidOperationException($"{input} crashed the pipeline (kept as {Keep(input)}): {crash.Message}");
                }

                if (outcome.Status == IngestStatus.Failed)
                {
                    var reason = outcome.Reason ?? "";
                    if (reason.Length == 0 || reason.Contains('\n', StringComparison.Ordinal) || reason.Contains('\r', StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"{input} was refused without a one-line reason: '{reason}'");
                    }

                    if (!logger.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.Contains(path, StringComparison.Ordinal) && e.Message.Contains(reason, StringComparison.Ordinal)))
                    {
                        throw new InvalidOperationException($"{input} was refused without a log line naming the file");
                    }

                    tally.AddOrUpdate(input.Kind, (0, 1), (_, t) => (t.Stored, t.Refused + 1));
                    reasons.AddOrUpdate(Category(reason), 1, (_, n) => n + 1);
                }
                else
                {
                    if (store.GetContentHashAsync(id, TestContext.Current.CancellationToken).GetAwaiter().GetResult() is null)
                    {
                        throw new InvalidOperationException($"{input} came back {outcome.Status} but the store has no article '{id}'");
                    }

                    tally.AddOrUpdate(input.Kind, (1, 0), (_, t) => (t.Stored + 1, t.Refused));
                }

                File.Delete(path);
            },
            seed: Environment.GetEnvironmentVariable("GRAPHEXPLORER_FUZZ_SEED"),
            iter: Inputs,
            threads: 1,
            writeLine: line => output.WriteLine(line));

        var elapsed = started.Elapsed;
        var stored = tally.Values.Sum(t => t.Stored);
        var refused = tally.Values.Sum(t => t.Refused);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"fuzz: {stored + refused} hostile inputs through reading, extraction and the embedded store in {elapsed.TotalSeconds:0.0} s: {stored} stored, {refused} refused in one line, 0 crashes, 0 hangs (bound {Bound.TotalSeconds:0} s each; slowest {slowest.Seconds:0.00} s: {slowest.Input})"),
        };
        lines.AddRange(tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"fuzz:   {t.Key,-45} {t.Value.Stored,5} stored {t.Value.Refused,5} refused"));
        lines.AddRange(reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"fuzz:   refusal {r.Value,5} × {r.Key}"));
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        if (Environment.GetEnvironmentVariable("GRAPHEXPLORER_FUZZ_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllLinesAsync(report, lines, TestContext.Current.CancellationToken);
        }

        Assert.Equal(Inputs, stored + refused);
        Assert.True(stored > 0 && refused > 0, "the generators must produce both storable articles and refusals");
    }

    public void Dispose() => folder.Dispose();

    private static string Keep(HostileInput input)
    {
        Directory.CreateDirectory(Failures);
        var path = Path.Combine(Failures, $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input.Bytes))[..16]}.{input.Extension}");
        File.WriteAllBytes(path, input.Bytes);
        return path;
    }

    /// <summary>A refusal's kind: its reason without the numbers and quoted details that vary.</summary>
    private static string Category(string reason)
    {
        var words = reason.Split(' ').TakeWhile(w => !w.StartsWith('(')).Take(10)
            .Select(w => w.Contains('\'', StringComparison.Ordinal) ? "'…'" : w.Any(char.IsAsciiDigit) && !w.Contains("UTF", StringComparison.Ordinal) ? "N" : w);
        return string.Join(' ', words).TrimEnd(',', ';', ':', '.');
    }
}
