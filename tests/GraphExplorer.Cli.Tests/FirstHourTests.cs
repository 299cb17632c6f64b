using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Cli.Tests;

/// <summary>The seed articles ingested once into a store the first-hour tests read.</summary>
public sealed class SeededStore : IDisposable
{
    private readonly TempDirectory work = new();

    public SeededStore()
    {
        Database = work.File("graph.db");
        var (exitCode, output, error) = CliProcess.RunAsync(work.Path, CancellationToken.None, "--db", Database, "ingest", RepoPaths.Seeds).GetAwaiter().GetResult();
        Assert.True(exitCode == 0, error);
        IngestOut = output;
        IngestError = error;
    }

    public string Database { get; }

    public string Folder => work.Path;

    public string IngestOut { get; }

    public string IngestError { get; }

    public void Dispose() => work.Dispose();
}

/// <summary>What a newcomer meets in the first hour, run through the real binary on the seeds.</summary>
public sealed partial class FirstHourTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    private static readonly string[] ScriptPrograms = ["/usr/bin/script", "/bin/script"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        CliProcess.RunAsync(seeded.Folder, Token, ["--db", seeded.Database, .. args]);

    [Fact]
    public void Ingest_says_where_the_graph_went_and_what_to_try_next()
    {
        Assert.StartsWith("articles: 5 new", seeded.IngestOut, StringComparison.Ordinal);
        Assert.Contains($"Stored in the embedded store {seeded.Database}.", seeded.IngestError, StringComparison.Ordinal);
        Assert.Contains("graph-explorer query meetings", seeded.IngestError, StringComparison.Ordinal);
        Assert.Contains("graph-explorer serve", seeded.IngestError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_that_matches_nothing_is_said_so_not_answered_with_an_empty_table()
    {
        var (exitCode, output, error) = await RunAsync("query", "ego-network", "--param", "entity=Nobody Here");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("No entity matches 'Nobody Here' (parameter 'entity').", error, StringComparison.Ordinal);
        Assert.Contains("query search --param text=", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_entity_suggests_the_names_near_it()
    {
        var (exitCode, _, error) = await RunAsync("query", "timeline", "--param", "entity=Shamkani");

        Assert.Equal(1, exitCode);
        Assert.Contains("Did you mean: Ali Shamkhani (Person)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_query_name_suggests_the_nearest()
    {
        var (exitCode, output, error) = await RunAsync("query", "meeting");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("No curated query is named 'meeting'. Did you mean 'meetings'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_parameter_is_named_with_its_meaning_and_an_example_without_the_dotnet_suffix()
    {
        var (exitCode, _, error) = await RunAsync("query", "ego-network");

        Assert.Equal(2, exitCode);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
        Assert.StartsWith("ego-network needs --param entity=… (the centre (id, name or alias)).", error, StringComparison.Ordinal);
        Assert.Contains("query ego-network --param entity=\"Qasim al-Araji\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_reads_in_words_at_80_columns_articles_by_title_evidence_across_the_width()
    {
        var (exitCode, output, error) = await RunAsync("query", "meetings");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.Contains("Met with", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b00\d_[0-9a-f]{16}\b", output); // no article file stems
        Assert.Contains("Iraq and Iran sign agreement to strengthen border security", output, StringComparison.Ordinal);
        Assert.Contains("[photo caption] Iraqi Prime Minister Mohammed Shia al-Sudani (far", output, StringComparison.Ordinal);
        // Evidence lines hold many words, never one word per line.
        var evidence = lines.SkipWhile(l => !l.StartsWith("Evidence", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith(' ')).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence.SkipLast(1), line => Assert.True(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5, line));
    }

    [Fact]
    public async Task Svg_without_graphviz_is_one_line_saying_how_to_get_it_and_leaves_no_file()
    {
        var target = Path.Combine(seeded.Folder, "no-graphviz.svg");

        var (exitCode, _, error) = await CliProcess.RunAsync(
            seeded.Folder, new Dictionary<string, string?> { ["GRAPHVIZ_DOT"] = "/nonexistent/graphviz/dot" }, Token,
            "--db", seeded.Database, "export", "--format", "svg", "-o", target);

        Assert.Equal(1, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("Graphviz is not installed", error, StringComparison.Ordinal);
        Assert.Contains("apt-get install graphviz", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(target + ".partial"));
    }

    [Fact]
    public async Task An_unreachable_neo4j_is_one_line_naming_the_address_and_the_failure()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var (exitCode, _, error) = await CliProcess.RunAsync(
            seeded.Folder, new Dictionary<string, string?> { ["NEO4J_URI"] = $"http://127.0.0.1:{port}" }, Token, "stats", "--store", "neo4j");

        Assert.Equal(1, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"Cannot use Neo4j at http://127.0.0.1:{port}: Connection refused", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyst_csv_opens_as_a_spreadsheet_and_names_articles_by_title()
    {
        var target = Path.Combine(seeded.Folder, "facts.csv");

        var (exitCode, _, error) = await RunAsync("export", "--format", "csv", "-o", target);

        Assert.True(exitCode == 0, error);
        var bytes = await File.ReadAllBytesAsync(target, Token);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Source,Source label,Relationship,Target", text, StringComparison.Ordinal);
        Assert.Contains("Iraq and Iran sign agreement to strengthen border security", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_export_is_not_written_to_a_terminal()
    {
        // script(1) runs the command on a pseudo-terminal, as a person at a terminal would.
        var script = ScriptPrograms.FirstOrDefault(File.Exists);
        Assert.SkipWhen(script is null, "script(1) from util-linux gives the command a terminal; it is not installed");
        var dll = Path.Combine(AppContext.BaseDirectory, "graph-explorer.dll");
        var info = new ProcessStartInfo(script!) { WorkingDirectory = seeded.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-qec");
        info.ArgumentList.Add($"dotnet '{dll}' --db '{seeded.Database}' export --format neo4j-csv");
        info.ArgumentList.Add("/dev/null");

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("is a zip archive, not text: give -o FILE", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_keeps_its_inbox_in_the_data_folder_not_in_the_working_folder()
    {
        using var work = new TempDirectory();
        var database = Path.Combine(work.Path, "data", "graph.db");
        using var process = Process.Start(CliProcess.StartInfo(work.Path, "--db", database, "serve", "--urls", "http://127.0.0.1:0"))!;
        var watching = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && WatchingLine().Match(line) is { Success: true } match)
            {
                watching.TrySetResult(match.Groups["inbox"].Value);
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var inbox = await watching.Task.WaitAsync(TimeSpan.FromSeconds(60), Token);

            Assert.Equal(Path.Combine(work.Path, "data", "inbox"), inbox);
            Assert.True(Directory.Exists(inbox));
            Assert.False(Directory.Exists(Path.Combine(work.Path, "inbox")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Token);
        }
    }

    [GeneratedRegex("Watching inbox (?<inbox>/.+)$")]
    private static partial Regex WatchingLine();
}
